import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { answerByKeyboard } from './helpers';

test.use({ serviceWorkers: 'allow' });

const SW_FILE = new URL('../../dist/sw.js', import.meta.url);

test('after one visit, the app loads and the whole quiz works with no network', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The service worker has precached every built file once it controls the page.
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === 'activated' && navigator.serviceWorker.controller;
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /medical records/i })).toBeVisible();
  await expect(page.getByText(/You're offline/)).toBeVisible();

  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await answerByKeyboard(page, (i) => ((i * 7) % 5) + 1); // varied: flat answers get no clear match
  await expect(page).toHaveURL(/#\/results$/);
  await expect(page.getByText('Your best fit')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'All eight careers, best fit first' }),
  ).toBeVisible();

  // A career page that was never opened online still loads from the cache.
  await page.goto('./#/careers/medical-coder');
  await expect(page.getByRole('heading', { level: 1, name: 'Medical coder' })).toBeVisible();
});

test('a new version waits for the student instead of swapping mid-quiz', async ({ page }) => {
  await page.goto('./');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await page.keyboard.press('4');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();

  // Deploy a changed worker (the preview server serves dist/); the browser installs it and it waits.
  const worker = await readFile(SW_FILE, 'utf8');
  try {
    await writeFile(
      SW_FILE,
      worker.replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'"),
    );
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  } finally {
    await writeFile(SW_FILE, worker);
  }

  const notice = page.getByText(/A new version of CareerFit is ready/);
  await expect(notice).toBeVisible();
  await expect(page.getByText('Question 2 of', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Update now' }).click();
  await page.waitForLoadState('load');
  await expect(page.getByText(/Question 2 of \d+/)).toBeVisible();
  await expect(notice).toBeHidden();
});
