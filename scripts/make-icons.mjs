// One-off: draws the app icons (PNG) from the same mark as favicon.svg, with Debian's Chromium.
// Run `node scripts/make-icons.mjs` after changing the mark; the PNGs are committed in public/.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const mark = (size, padding) => `<!doctype html><html><body style="margin:0">
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
<rect width="64" height="64" rx="${padding ? 0 : 14}" fill="#0f6e6e"/>
<g transform="translate(${padding} ${padding}) scale(${(64 - 2 * padding) / 64})">
<path d="M20 34l8 8 16-18" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>
</g></svg></body></html>`;

const icons = [
  { file: 'public/icon-192.png', size: 192, padding: 0 },
  { file: 'public/icon-512.png', size: 512, padding: 0 },
  // Maskable icons keep the mark inside the central safe zone (80%), full-bleed background.
  { file: 'public/icon-maskable-512.png', size: 512, padding: 8 },
  { file: 'public/apple-touch-icon.png', size: 180, padding: 6 },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const { file, size, padding } of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(mark(size, padding));
  await page.screenshot({ path: file, omitBackground: true });
  console.log(`wrote ${file}`);
}
await browser.close();
