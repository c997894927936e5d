// Takes phone (390x844) and laptop (1280x800) screenshots of the main screens into ./screenshots.
// Usage: npm run build && node scripts/screenshots.mjs   (serves dist/ itself on 127.0.0.1:4175)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const PORT = 4175;
const BASE = `http://127.0.0.1:${PORT}/`;
const OUT = 'screenshots';
const SIZES = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 } };
const scheme = process.argv.includes('--dark') ? 'dark' : 'light';

mkdirSync(OUT, { recursive: true });
const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 1500));

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [name, viewport] of Object.entries(SIZES)) {
    const page = await browser.newPage({ viewport, colorScheme: scheme, reducedMotion: 'reduce' });
    // Long pages are cut into screen-high slices so each PNG stays readable.
    const shot = async (label, fullPage = true) => {
      const height = fullPage
        ? await page.evaluate(() => document.documentElement.scrollHeight)
        : viewport.height;
      const slice = Math.round(viewport.height * 1.5);
      for (let y = 0, part = 1; y < height; y += slice, part++) {
        const suffix = height > slice ? `-${part}` : '';
        // Print media can end a little before the measured height: stop at the real end.
        const ok = await page
          .screenshot({
            path: `${OUT}/${scheme}-${name}-${label}${suffix}.png`,
            fullPage,
            clip: { x: 0, y, width: viewport.width, height: Math.min(slice, height - y) },
          })
          .then(
            () => true,
            () => false,
          );
        if (!ok) break;
      }
    };
    await page.goto(BASE);
    await page.getByRole('link', { name: 'Start the quiz' }).waitFor();
    await shot('landing');
    await page.goto(`${BASE}#/quiz`);
    await page.getByRole('radiogroup').waitFor();
    await page.keyboard.press('4');
    await shot('question', false);
    const total = Number(await page.getByRole('progressbar').getAttribute('aria-valuemax'));
    for (let i = 1; i <= total; i++) {
      await page.getByText(`Question ${i} of ${total}`, { exact: true }).waitFor();
      await page.keyboard.press(String(((i * 3) % 4) + 1));
      await page.keyboard.press('Enter');
    }
    await page.getByText('Your best fit').waitFor();
    await page.locator('.why-details summary').nth(1).click();
    await shot('results');
    await page.emulateMedia({ media: 'print' });
    await shot('results-print');
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${BASE}#/nowhere`);
    await page.getByRole('heading', { name: "We can't find that page" }).waitFor();
    await shot('not-found', false);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`Screenshots written to ${OUT}/`);
