/** Colour arithmetic for a school's accent: parsing, WCAG contrast, mixing. Pure, no DOM. */

export type Rgb = readonly [number, number, number];

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

/** #rgb or #rrggbb as channels 0–255; null when it is neither. */
export function parseHex(hex: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? match[1].replace(/./g, '$&$&') : match[1];
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16));
  return [r, g, b];
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** `share` of `toward` mixed into `base` (0 = base, 1 = toward), in sRGB like CSS color-mix. */
export function mix(base: Rgb, toward: Rgb, share: number): Rgb {
  const [r, g, b] = base.map((c, i) => c + ((toward[i] ?? c) - c) * share);
  return [r ?? 0, g ?? 0, b ?? 0];
}

export function relativeLuminance(rgb: Rgb): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const channel = c / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Contrast ratio of white text on `hex` (1–21); the app draws white button text on the accent. */
export function contrastWithWhite(hex: string): number | null {
  const rgb = parseHex(hex);
  return rgb ? contrast(rgb, WHITE) : null;
}

/**
 * The least mix of `toward` into `base` that passes every check, in 2% steps; `toward` itself
 * (black or white) when nothing short of it does.
 */
export function shiftUntil(base: Rgb, toward: Rgb, passes: (rgb: Rgb) => boolean): Rgb {
  for (let step = 0; step <= 50; step += 1) {
    const candidate = mix(base, toward, step / 50);
    if (passes(candidate)) return candidate;
  }
  return toward;
}
