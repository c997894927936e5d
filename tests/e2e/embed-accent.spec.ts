import { expect, test, type Page } from '@playwright/test';
import { contrast, parseHex, type Rgb } from '../../src/domain/colour';
import { describeInScheme, mediaMatches } from './engine';
import { APP_URL } from './helpers';

/** "rgb(r, g, b)" as channels. */
function channels(css: string): Rgb {
  const [r = 0, g = 0, b = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return [r, g, b];
}

async function styleOf(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, color: style.color, border: style.borderColor };
    });
}

const DEFAULT_SOFT = { light: 'rgb(227, 242, 241)', dark: 'rgb(23, 51, 47)' };

for (const scheme of ['light', 'dark'] as const) {
  describeInScheme(scheme, `a school's accent, ${scheme} scheme`, () => {
    test('reaches every accent surface and stays readable', async ({ page }) => {
      for (const accent of ['#ffcc00', '#8a1538', '#03c']) {
        await page.goto(`${APP_URL}?embed=1&accent=${encodeURIComponent(accent)}#/`);
        const start = page.getByRole('link', { name: /start the quiz/i }).first();
        await expect(start).toBeVisible();
        expect(await mediaMatches(page, '(prefers-color-scheme: dark)')).toBe(scheme === 'dark');
        const button = await start.evaluate((el) => {
          const style = getComputedStyle(el);
          return { background: style.backgroundColor, color: style.color };
        });
        expect(
          contrast(channels(button.color), channels(button.background)),
        ).toBeGreaterThanOrEqual(4.5);
        // The career chips' soft fill follows the school's colour instead of the default teal tint.
        const chip = await styleOf(page, '.chip-records');
        expect(chip.background).not.toBe(DEFAULT_SOFT[scheme]);
        expect(contrast(channels(chip.color), channels(chip.background))).toBeGreaterThanOrEqual(
          4.5,
        );
        if (scheme === 'light' && accent === '#8a1538') {
          // A colour that already reads is shown as the school chose it.
          expect(channels(button.background)).toEqual(parseHex(accent));
        }
      }
    });
  });
}

test('the accent follows a switch between light and dark while the quiz is open', async ({
  page,
  browserName,
}) => {
  // Firefox over BiDi cannot switch the scheme of an open page (engine.ts, describeInScheme).
  test.skip(browserName === 'firefox', 'no colour-scheme emulation in Firefox over BiDi');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${APP_URL}?embed=1&accent=%238a1538#/`);
  const start = page.getByRole('link', { name: /start the quiz/i }).first();
  const fill = () => start.evaluate((el) => getComputedStyle(el).backgroundColor);
  await expect.poll(fill).toBe('rgb(138, 21, 56)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(fill).not.toBe('rgb(138, 21, 56)');
  const dark = channels(await fill());
  const surface: Rgb = [27, 34, 30];
  expect(contrast(dark, surface)).toBeGreaterThanOrEqual(4.5);
});
