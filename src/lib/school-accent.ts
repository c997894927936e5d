import { accentTokens, type ColourScheme } from '../domain/accent-palette';

const DARK = '(prefers-color-scheme: dark)';

/**
 * A school's accent on every accent surface (fills, borders, soft tints, links), in a shade that
 * stays readable in the scheme the student's device is in, following a switch between schemes.
 * Called before the first render so the default teal never flashes; set through the CSSOM, so no
 * inline style sheet is needed under the content security policy.
 */
export function watchSchoolAccent(hex: string): void {
  const root = document.documentElement;
  const media = window.matchMedia(DARK);
  const apply = () => {
    const scheme: ColourScheme = media.matches ? 'dark' : 'light';
    const tokens = accentTokens(hex, scheme);
    if (!tokens) return;
    root.style.setProperty('--cf-accent', tokens.accent);
    root.style.setProperty('--cf-accent-strong', tokens.strong);
    root.style.setProperty('--cf-accent-soft', tokens.soft);
    root.style.setProperty('--cf-on-accent', tokens.onAccent);
  };
  apply();
  media.addEventListener('change', apply);
}
