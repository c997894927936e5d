/** The languages CareerFit is written in. Every message and every content text exists in each. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized<T> = Readonly<Record<Locale, T>>;

export const DEFAULT_LOCALE: Locale = 'en';

/** For Intl: US English and US Spanish (dollar amounts, month names, digit grouping). */
export const INTL_LOCALE: Localized<string> = { en: 'en-US', es: 'es-US' };

/** Each language's own name for itself, for the switch. */
export const LOCALE_NAMES: Localized<string> = { en: 'English', es: 'Español' };

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'es';
}

/** "es-MX" → "es"; anything we don't speak → null. */
export function localeFromTag(tag: string | null | undefined): Locale | null {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : null;
}

export interface LocaleSources {
  /** `?lang=` in the address. */
  param?: string | null;
  /** What the student chose last time. */
  saved?: string | null;
  /** navigator.languages, most preferred first. */
  browser?: readonly string[];
}

/** The address wins, then the saved choice, then the first browser language we speak. */
export function pickLocale({ param, saved, browser = [] }: LocaleSources): Locale {
  return (
    localeFromTag(param) ??
    localeFromTag(saved) ??
    browser.map(localeFromTag).find((locale) => locale !== null) ??
    DEFAULT_LOCALE
  );
}
