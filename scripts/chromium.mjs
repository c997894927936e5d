// Debian's Chromium and the flags it needs on these machines (no sandbox as root, no background
// traffic to the closed network). Shared by Playwright, the screenshot script and the Lighthouse bench.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
