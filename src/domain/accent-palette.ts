import { BLACK, WHITE, contrast, mix, parseHex, shiftUntil, toHex, type Rgb } from './colour';

/** The four accent tokens the style sheets read (tokens.css). */
export interface AccentTokens {
  accent: string;
  strong: string;
  soft: string;
  onAccent: string;
}

export type ColourScheme = 'light' | 'dark';

/** The surfaces each scheme draws accent colours on; they mirror tokens.css. */
const SCHEMES: Record<ColourScheme, { bg: Rgb; surface: Rgb; text: Rgb; onAccent: Rgb }> = {
  light: { bg: [246, 247, 244], surface: WHITE, text: [29, 37, 33], onAccent: WHITE },
  dark: { bg: [18, 23, 20], surface: [27, 34, 30], text: [232, 237, 233], onAccent: [6, 32, 29] },
};

// A little above 4.5:1 so that rounding to #rrggbb never drops a pair below it.
const TEXT = 4.6;

/**
 * A school's accent turned into tokens that stay readable: the fill carries on-accent text and
 * reads as text on the page (4.5:1), the strong shade reads on the soft fill, and the soft fill
 * carries body text. A colour that already passes is kept as it is in the light scheme; one that
 * does not is moved toward a shade of itself that does (darker in light, lighter in dark), as the
 * default dark theme does with the default teal.
 */
export function accentTokens(hex: string, scheme: ColourScheme): AccentTokens | null {
  const chosen = parseHex(hex);
  if (!chosen) return null;
  const { bg, surface, text, onAccent } = SCHEMES[scheme];
  const away = scheme === 'light' ? BLACK : WHITE;
  const readsOn = (rgb: Rgb, ...grounds: Rgb[]) => grounds.every((g) => contrast(rgb, g) >= TEXT);
  const accent = shiftUntil(chosen, away, (rgb) => readsOn(rgb, onAccent, bg));
  const soft = mix(surface, accent, scheme === 'light' ? 0.12 : 0.2);
  // Strong is the hover fill under on-accent text and link colour on the soft fill: a visible step
  // past the accent, and as far as it takes to read on the soft fill.
  const strong = shiftUntil(mix(accent, away, 0.2), away, (rgb) =>
    readsOn(rgb, onAccent, soft, bg),
  );
  const readableSoft = shiftUntil(soft, surface, (rgb) => readsOn(rgb, text, strong));
  return {
    accent: toHex(accent),
    strong: toHex(strong),
    soft: toHex(readableSoft),
    onAccent: toHex(onAccent),
  };
}

/** Whether the light scheme shows the chosen colour as it is (no darker shade was needed). */
export function accentKeptAsChosen(hex: string): boolean {
  const chosen = parseHex(hex);
  return !!chosen && accentTokens(hex, 'light')?.accent === toHex(chosen);
}
