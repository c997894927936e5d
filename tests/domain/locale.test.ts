import { describe, expect, it } from 'vitest';
import { localeFromTag, pickLocale } from '../../src/domain/locale';

describe('localeFromTag', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES_us', 'es'],
    ['en-GB', 'en'],
    ['fr', null],
    ['', null],
    [null, null],
  ])('%s → %s', (tag, expected) => {
    expect(localeFromTag(tag)).toBe(expected);
  });
});

describe('pickLocale', () => {
  it('prefers the address, then the saved choice, then the browser', () => {
    expect(pickLocale({ param: 'es', saved: 'en', browser: ['en-US'] })).toBe('es');
    expect(pickLocale({ param: null, saved: 'es', browser: ['en-US'] })).toBe('es');
    expect(pickLocale({ param: 'xx', saved: null, browser: ['fr-FR', 'es-419', 'en'] })).toBe('es');
  });

  it('falls back to English when nothing matches', () => {
    expect(pickLocale({ param: '<script>', saved: 'zz', browser: ['de'] })).toBe('en');
    expect(pickLocale({})).toBe('en');
  });
});
