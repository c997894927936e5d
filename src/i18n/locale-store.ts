import { create } from 'zustand';
import { pickLocale, type Locale } from '../domain/locale';
import { createSafeStorage } from '../lib/safe-storage';

export const LOCALE_STORAGE_KEY = 'careerfit:lang';
const storage = createSafeStorage();

/** `?lang=` before the hash (embeds, links) or inside it (`#/quiz?lang=es`). */
function langParam(): string | null {
  if (typeof window === 'undefined') return null;
  const { search, hash } = window.location;
  const inHash = hash.includes('?') ? hash.slice(hash.indexOf('?')) : '';
  return new URLSearchParams(search).get('lang') ?? new URLSearchParams(inHash).get('lang');
}

/** The language this page starts in; also what prerendered HTML must match to hydrate. */
export function initialLocale(): Locale {
  return pickLocale({
    param: langParam(),
    saved: storage.getItem(LOCALE_STORAGE_KEY),
    browser: typeof navigator === 'undefined' ? [] : navigator.languages,
  });
}

function applyToDocument(locale: Locale) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const useLocaleStore = create<LocaleState>()((set) => ({
  locale: initialLocale(),
  setLocale(locale) {
    storage.setItem(LOCALE_STORAGE_KEY, locale);
    // A `?lang=` left in the address would undo the switch on the next reload.
    const url = new URL(window.location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', locale);
      window.history.replaceState(window.history.state, '', url);
    }
    applyToDocument(locale);
    set({ locale });
  },
}));

applyToDocument(useLocaleStore.getState().locale);

export const useLocale = () => useLocaleStore((state) => state.locale);
export const useSetLocale = () => useLocaleStore((state) => state.setLocale);
