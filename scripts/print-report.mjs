// Renders the printable results report to screenshots/report.pdf, as a counselor's printer would see it.
// Usage: npm run build && node scripts/print-report.mjs && pdftoppm -r 60 -png screenshots/report.pdf screenshots/report
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', '4177', '--strictPort'],
  { stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 1500));
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto('http://127.0.0.1:4177/#/quiz');
await page.getByRole('radiogroup').waitFor();
const total = Number(await page.getByRole('progressbar').getAttribute('aria-valuemax'));
for (let i = 1; i <= total; i++) {
  await page.getByText(`Question ${i} of ${total}`, { exact: true }).waitFor();
  await page.keyboard.press(String(i === total ? 2 : ((i * 7) % 5) + 1));
  await page.keyboard.press('Enter');
}
await page.getByText('Your best fit').waitFor();
await page.getByRole('textbox', { name: 'Your name for the printout (optional)' }).fill('Jordan');
await page.waitForTimeout(800);
await page.pdf({ path: 'screenshots/report.pdf', format: 'Letter', printBackground: true });
await browser.close();
server.kill();
