import { expect, test } from '@playwright/test';
import { addStorageInitScript } from './engine';
import { guardPage } from './helpers';

test('corrupted saved answers show a message and a fresh, working quiz', async ({ page }) => {
  await addStorageInitScript(
    page,
    () => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('careerfit:quiz', '{not json');
        sessionStorage.setItem('seeded', '1');
      }
    },
    null,
  );
  await page.goto('./#/quiz');
  await expect(page.getByRole('status')).toContainText("couldn't read the answers");
  await expect(page.getByRole('radiogroup')).toBeVisible();
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Question 2 of', { exact: false })).toBeVisible();
});

test('saved answers from a newer version are kept aside, not crashed on', async ({ page }) => {
  const guard = guardPage(page);
  await addStorageInitScript(
    page,
    () => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(
          'careerfit:quiz',
          JSON.stringify({ state: { answers: {} }, version: 99 }),
        );
        sessionStorage.setItem('seeded', '1');
      }
    },
    null,
  );
  await page.goto('./');
  await expect(page.getByRole('status')).toContainText('newer version');
  expect(await page.evaluate(() => localStorage.getItem('careerfit:quiz:newer'))).toContain(
    '"version":99',
  );
  guard.expectClean();
});

test('an unknown route shows a helpful not-found page', async ({ page }) => {
  await page.goto('./#/no-such-page');
  await expect(page.getByRole('heading', { name: "We can't find that page" })).toBeVisible();
  await page.getByRole('link', { name: 'Start page' }).click();
  await expect(page.getByRole('link', { name: 'Start the quiz' })).toBeVisible();
});

test('start over asks first and clears answers only when confirmed', async ({ page }) => {
  await page.goto('./#/quiz');
  await expect(page.getByRole('radiogroup')).toBeVisible();
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Start over' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start over?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(page.getByText('Question 2 of', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await dialog.getByRole('button', { name: 'Yes, start over' }).click();
  await expect(page.getByText('Question 1 of', { exact: false })).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});
