// Debian's Firefox ESR, driven by Playwright over WebDriver BiDi (channel 'moz-firefox').
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Over BiDi, Firefox ignores Playwright's colorScheme and reducedMotion; prefs of the browser do
// it instead, and a browser's prefs are fixed at launch. So tests that need a dark scheme or
// reduced motion carry a tag, and a Firefox project launched with the pref runs just those.
export const DARK_TAG = '@dark';
export const REDUCED_MOTION_TAG = '@reduced-motion';
/** `layout.css.prefers-color-scheme.content-override`: 0 dark, 1 light. */
export const FIREFOX_LIGHT = { 'layout.css.prefers-color-scheme.content-override': 1 };
export const FIREFOX_DARK = { 'layout.css.prefers-color-scheme.content-override': 0 };
export const FIREFOX_REDUCED_MOTION = { 'ui.prefersReducedMotion': 1 };
