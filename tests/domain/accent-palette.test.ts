import { describe, expect, it } from 'vitest';
import { accentKeptAsChosen, accentTokens } from '../../src/domain/accent-palette';
import { contrast, contrastWithWhite, parseHex, toHex, type Rgb } from '../../src/domain/colour';

const SURFACES = {
  light: { bg: '#f6f7f4', text: '#1d2521' },
  dark: { bg: '#121714', text: '#e8ede9' },
} as const;

function ratio(a: string, b: string): number {
  return contrast(parseHex(a) as Rgb, parseHex(b) as Rgb);
}

/** A spread of school colours: greys, every hue at several lightnesses, and some named picks. */
function sampleColours(): string[] {
  const picks = ['#ffcc00', '#ffffff', '#000000', '#8a1538', '#0033a0', '#00ff00', '#777', '#f0f'];
  for (let r = 0; r <= 255; r += 51)
    for (let g = 0; g <= 255; g += 51)
      for (let b = 0; b <= 255; b += 51) picks.push(toHex([r, g, b]));
  return picks;
}

describe('contrastWithWhite', () => {
  it.each([
    ['#000000', 21],
    ['#fff', 1],
    ['#0f6e6e', 6.04],
  ])('%s → about %s', (hex, expected) => expect(contrastWithWhite(hex)).toBeCloseTo(expected, 1));
  it('is null for anything but a hex colour', () => expect(contrastWithWhite('red')).toBeNull());
});

describe('accentTokens', () => {
  it('keeps a dark school colour as it is in the light scheme, with white text on it', () => {
    const tokens = accentTokens('#8A1538', 'light');
    expect(tokens?.accent).toBe('#8a1538');
    expect(tokens?.onAccent).toBe('#ffffff');
    expect(accentKeptAsChosen('#8a1538')).toBe(true);
  });

  it('uses a darker shade of a light colour in the light scheme and a lighter one in dark', () => {
    const light = accentTokens('#ffcc00', 'light');
    const dark = accentTokens('#0033a0', 'dark');
    expect(accentKeptAsChosen('#ffcc00')).toBe(false);
    expect(ratio(light?.accent ?? '', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(ratio(dark?.accent ?? '', '#0033a0')).toBeGreaterThan(2);
  });

  it('reads #rgb like #rrggbb and refuses anything else', () => {
    expect(accentTokens('#f0f', 'light')).toEqual(accentTokens('#ff00ff', 'light'));
    expect(accentTokens('magenta', 'light')).toBeNull();
    expect(accentTokens('#12345', 'dark')).toBeNull();
  });

  it.each(['light', 'dark'] as const)(
    'every text pair is at least 4.5:1 for any colour, %s scheme',
    (scheme) => {
      const { bg, text } = SURFACES[scheme];
      const failures = sampleColours().flatMap((hex) => {
        const t = accentTokens(hex, scheme);
        if (!t) return [`${hex}: no tokens`];
        const pairs: [string, string, string][] = [
          ['on-accent on accent', t.onAccent, t.accent],
          ['on-accent on strong', t.onAccent, t.strong],
          ['accent on page', t.accent, bg],
          ['strong on page', t.strong, bg],
          ['strong on soft', t.strong, t.soft],
          ['text on soft', text, t.soft],
        ];
        return pairs
          .filter(([, a, b]) => ratio(a, b) < 4.5)
          .map(([what, a, b]) => `${hex}: ${what} ${ratio(a, b).toFixed(2)}`);
      });
      expect(failures).toEqual([]);
    },
  );
});
