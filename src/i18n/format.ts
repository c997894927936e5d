import { useMemo } from 'react';
import { INTL_LOCALE, type Locale } from '../domain/locale';
import { useLocale } from './locale-store';

/** Numbers, dollars and dates the way each language writes them. */
export function formatters(locale: Locale) {
  const tag = INTL_LOCALE[locale];
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const dollars = new Intl.NumberFormat(tag, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const longDate = new Intl.DateTimeFormat(tag, { dateStyle: 'long' });
  return {
    number: (value: number, options?: Intl.NumberFormatOptions) =>
      options ? new Intl.NumberFormat(tag, options).format(value) : whole.format(value),
    dollars: (value: number) => dollars.format(value),
    percent: (value: number) => percent.format(value / 100),
    date: (value: Date | number) => longDate.format(value),
    list: (items: readonly string[]) =>
      new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }).format(items),
  };
}

export type Formatters = ReturnType<typeof formatters>;

export function useFormat(): Formatters {
  const locale = useLocale();
  return useMemo(() => formatters(locale), [locale]);
}
