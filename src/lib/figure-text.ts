import type { Figure } from '../domain';
import { INTL_LOCALE, type Locale, type Localized } from '../domain/locale';
import type { Formatters } from '../i18n';

export type Pace =
  'much-faster' | 'faster' | 'average' | 'slower' | 'decline' | 'little-or-no-change';

/** A figure's number, read from the English label so both languages show the same value. */
export type FigureAmount =
  { kind: 'pay'; dollars: number } | { kind: 'change'; percent: number; pace: Pace };

const PACES: Readonly<Record<string, Pace>> = {
  'much faster than average': 'much-faster',
  'faster than average': 'faster',
  'as fast as average': 'average',
  'about as fast as average': 'average',
  'slower than average': 'slower',
  decline: 'decline',
  'little or no change': 'little-or-no-change',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "$40,350 a year (median)" → pay 40350; "−3% (decline)" → change −3; anything else → null. */
export function parseFigureLabel(label: string): FigureAmount | null {
  const pay = /^\$(\d{1,3}(?:,\d{3})*) a year \(median\)$/.exec(label.trim());
  if (pay?.[1]) return { kind: 'pay', dollars: Number(pay[1].replace(/,/g, '')) };
  const change = /^([+\-−]?)(\d+(?:\.\d+)?)% \(([^)]+)\)$/.exec(label.trim());
  const pace = change?.[3] ? PACES[change[3].toLowerCase()] : undefined;
  if (!change?.[2] || !pace) return null;
  const sign = change[1] === '-' || change[1] === '−' ? -1 : 1;
  return { kind: 'change', percent: sign * Number(change[2]), pace };
}

/** "May 2018" → "mayo de 2018" in Spanish; periods like "2018–28" stay as they are. */
export function formatFigureYear(year: string, locale: Locale): string {
  const match = /^([A-Z][a-z]+) (\d{4})$/.exec(year.trim());
  const month = match?.[1] ? MONTHS.indexOf(match[1]) : -1;
  if (!match?.[2] || month < 0) return year;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(Number(match[2]), month, 1));
}

export interface FigureWords {
  perYearMedian: (amount: string) => string;
  change: (percent: string, pace: string) => string;
  paces: Readonly<Record<Pace, string>>;
}

/** How each language words a figure; shared by career pages and the results facts card. */
export const FIGURE_WORDS: Localized<FigureWords> = {
  en: {
    perYearMedian: (amount) => `${amount} a year (median)`,
    change: (percent, pace) => `${percent} (${pace})`,
    paces: {
      'much-faster': 'much faster than average',
      faster: 'faster than average',
      average: 'as fast as average',
      slower: 'slower than average',
      decline: 'decline',
      'little-or-no-change': 'little or no change',
    },
  },
  es: {
    perYearMedian: (amount) => `${amount} al año (mediana)`,
    change: (percent, pace) => `${percent} (${pace})`,
    paces: {
      'much-faster': 'crece mucho más rápido que el promedio',
      faster: 'crece más rápido que el promedio',
      average: 'crece al mismo ritmo que el promedio',
      slower: 'crece más lento que el promedio',
      decline: 'va a la baja',
      'little-or-no-change': 'casi no cambia',
    },
  },
};

/**
 * The figure as this language writes it: the number from the English label, formatted for the
 * locale. A label the parser does not know is shown as the content has it, in the page's language.
 */
export function figureText(
  english: Figure,
  localized: Figure,
  locale: Locale,
  format: Formatters,
  words: FigureWords,
): { value: string; year: string; source: string } {
  const amount = parseFigureLabel(english.label);
  const year = formatFigureYear(english.year, locale);
  const source = localized.source;
  if (!amount) return { value: localized.label, year: localized.year, source };
  if (amount.kind === 'pay')
    return { value: words.perYearMedian(format.dollars(amount.dollars)), year, source };
  const percent = format.number(amount.percent / 100, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return { value: words.change(percent, words.paces[amount.pace]), year, source };
}

/** The first year a figure describes: "May 2018" → 2018, "2018–28" → 2018; null when none. */
export function figureStartYear(year: string): number | null {
  const match = /\b(\d{4})\b/.exec(year);
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * BLS publishes a new edition every year, about a year and a half after the data's date; a figure
 * three or more years old has been replaced at least once, so the page says so.
 */
export const OLDER_FIGURE_AFTER_YEARS = 3;

export function isOlderFigure(year: string, now: Date): boolean {
  const start = figureStartYear(year);
  return start !== null && now.getFullYear() - start >= OLDER_FIGURE_AFTER_YEARS;
}
