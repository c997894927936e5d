import { expect, test } from '@playwright/test';
import { APP_URL } from './helpers';

test('the embed builder styles every text field alike', async ({ page }) => {
  await page.goto(`${APP_URL}#/embed`);
  await page.getByLabel('School name').waitFor();
  const looks = await page
    .locator(
      '.builder-field input[type="text"], .builder-field input[type="number"], .builder-field select',
    )
    .evaluateAll((fields) =>
      fields.map((field) => {
        const s = getComputedStyle(field);
        return {
          height: Math.round(field.getBoundingClientRect().height),
          border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
          radius: s.borderTopLeftRadius,
          font: `${s.fontSize} ${s.fontFamily}`,
        };
      }),
    );
  expect(looks.length).toBeGreaterThanOrEqual(4);
  for (const look of looks) expect(look).toEqual(looks[0]);
  expect(looks[0]!.height).toBeGreaterThanOrEqual(44);
});
