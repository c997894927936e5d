import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/domain/locale';

// Every screen keeps its texts in a `messages.ts` or `*-messages.ts` next to it.
const modules = import.meta.glob<Record<string, unknown>>(
  ['/src/**/messages.ts', '/src/**/*-messages.ts'],
  { eager: true },
);

type Catalog = Record<Locale, Record<string, unknown>>;
const isCatalog = (value: unknown): value is Catalog =>
  typeof value === 'object' &&
  value !== null &&
  LOCALES.every((locale) => typeof (value as Catalog)[locale] === 'object');

const catalogs = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isCatalog(value))
    .map(([name, value]) => ({
      label: `${file.replace('/src/', '')} ${name}`,
      catalog: value as Catalog,
    })),
);

// Words that read the same in both languages.
const SAME_IN_BOTH = /^(CareerFit|[A-Z]{2,6}|PIN|CSV|OK|\W*|.{0,3})$/;

describe('message catalogs', () => {
  it('finds the catalogs', () => {
    expect(catalogs.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(catalogs)('$label', ({ catalog }) => {
    it('has the same keys and kinds of message in every language', () => {
      const keys = Object.keys(catalog.en).sort();
      for (const locale of LOCALES) {
        expect(Object.keys(catalog[locale]).sort()).toEqual(keys);
        for (const key of keys) {
          const en = catalog.en[key];
          const other = catalog[locale][key];
          expect(typeof other, `${locale}.${key}`).toBe(typeof en);
          if (typeof en === 'function' && typeof other === 'function')
            expect(other.length, `${locale}.${key} parameters`).toBe(en.length);
        }
      }
    });

    it('has no empty or untranslated texts', () => {
      for (const key of Object.keys(catalog.en)) {
        const en = catalog.en[key];
        const es = catalog.es[key];
        if (typeof en !== 'string' || typeof es !== 'string') continue;
        expect(es.trim(), `es.${key}`).not.toBe('');
        if (!SAME_IN_BOTH.test(en)) expect(es, `es.${key} is still English`).not.toBe(en);
      }
    });
  });
});
