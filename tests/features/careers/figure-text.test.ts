import { describe, expect, it } from 'vitest';
import { CAREER_FACTS } from '../../../src/content/career-facts';
import { formatters } from '../../../src/i18n/format';
import {
  figureStartYear,
  figureText,
  formatFigureYear,
  isOlderFigure,
  parseFigureLabel,
  type FigureWords,
} from '../../../src/lib/figure-text';
import { splitCitation } from '../../../src/features/careers/career-sources';

const WORDS: FigureWords = {
  perYearMedian: (amount) => `${amount} al año (mediana)`,
  change: (percent, pace) => `${percent} (${pace})`,
  paces: {
    'much-faster': 'mucho más rápido',
    faster: 'más rápido',
    average: 'igual',
    slower: 'más lento',
    decline: 'a la baja',
    'little-or-no-change': 'sin cambio',
  },
};

describe('parseFigureLabel', () => {
  it.each([
    ['$40,350 a year (median)', { kind: 'pay', dollars: 40350 }],
    ['$110,680 a year (median)', { kind: 'pay', dollars: 110680 }],
    ['+11% (much faster than average)', { kind: 'change', percent: 11, pace: 'much-faster' }],
    ['+9% (as fast as average)', { kind: 'change', percent: 9, pace: 'average' }],
    ['−3% (decline)', { kind: 'change', percent: -3, pace: 'decline' }],
    ['-3% (decline)', { kind: 'change', percent: -3, pace: 'decline' }],
  ])('%s', (label, amount) => expect(parseFigureLabel(label)).toEqual(amount));

  it.each(['$40,350 an hour', '11% (sideways)', 'about $40k', ''])('%j → null', (label) =>
    expect(parseFigureLabel(label)).toBeNull(),
  );

  it('reads every figure the career content has', () => {
    for (const facts of CAREER_FACTS) {
      for (const figure of [facts.pay, facts.outlook]) {
        if (figure) expect(parseFigureLabel(figure.label), figure.label).not.toBeNull();
      }
    }
  });
});

describe('formatFigureYear', () => {
  it.each([
    ['May 2018', 'en', 'May 2018'],
    ['May 2018', 'es', 'mayo de 2018'],
    ['2018–28', 'es', '2018–28'],
    ['Spring 2018', 'es', 'Spring 2018'],
  ] as const)('%s in %s → %s', (year, locale, text) =>
    expect(formatFigureYear(year, locale)).toBe(text),
  );
});

describe('figureText', () => {
  const pay = { label: '$40,350 a year (median)', year: 'May 2018', source: 'BLS' };
  it('formats the English number in the page language', () => {
    expect(figureText(pay, pay, 'es', formatters('es'), WORDS)).toEqual({
      value: '$40,350 al año (mediana)',
      year: 'mayo de 2018',
      source: 'BLS',
    });
    const outlook = { label: '−3% (decline)', year: '2016–26', source: 'BLS' };
    expect(figureText(outlook, outlook, 'es', formatters('es'), WORDS).value).toBe(
      '-3% (a la baja)',
    );
  });

  it('falls back to the translated label when the English one is not understood', () => {
    const odd = { label: 'about $40k', year: 'May 2018', source: 'BLS' };
    const translated = { label: 'unos $40 mil', year: 'mayo de 2018', source: 'BLS' };
    expect(figureText(odd, translated, 'es', formatters('es'), WORDS).value).toBe('unos $40 mil');
  });
});

describe('splitCitation', () => {
  it.each([
    ['Article: "Techs maintain each record."', 'article', '"Techs maintain each record."'],
    [
      'Article duties: "Reviewing records"; "Filing data"',
      'duties',
      '"Reviewing records"; "Filing data"',
    ],
    ['BLS OOH, May 2018 wages: median $40,350', 'data', 'BLS OOH, May 2018 wages: median $40,350'],
  ])('%s', (citation, kind, text) => expect(splitCitation(citation)).toEqual({ kind, text }));
});

describe('isOlderFigure', () => {
  const now = new Date(Date.UTC(2026, 11, 5));
  it.each([
    ['May 2018', 2018, true],
    ['2016–26', 2016, true],
    ['May 2023', 2023, true],
    ['May 2024', 2024, false],
    ['2025–35', 2025, false],
    ['no year', null, false],
  ] as const)('%s starts in %s; older in December 2026: %s', (year, start, older) => {
    expect(figureStartYear(year)).toBe(start);
    expect(isOlderFigure(year, now)).toBe(older);
  });
});
