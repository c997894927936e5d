import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

// A tab still on the old version after a deploy: the files it asks for are gone (404 here).

async function answerFirstQuestion(page: Page) {
  await page.goto('./#/quiz');
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await page.keyboard.press('4');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
}

test('a route whose file is gone reloads once into the new version, keeping the answers', async ({
  page,
}) => {
  await answerFirstQuestion(page);
  // The old version's file is gone until the tab loads the page again (the new version).
  let gone = true;
  let refused = 0;
  page.on('request', (request) => {
    if (refused > 0 && request.isNavigationRequest()) gone = false;
  });
  await page.route(/\/assets\/careers-route-[^/]+\.js$/, (route) => {
    if (!gone) return route.continue();
    refused++;
    return route.fulfill({ status: 404, body: 'gone' });
  });
  const reloaded = page.waitForEvent('load');
  await page.goto('./#/careers');
  await reloaded;
  await expect(page.getByRole('heading', { level: 1, name: /careers to explore/ })).toBeVisible();
  expect(refused).toBeGreaterThan(0);
  await page.goto('./#/quiz');
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
});

test('when the file stays missing, the error panel says so and its reload works', async ({
  page,
}) => {
  await answerFirstQuestion(page);
  await page.route(/\/assets\/careers-route-[^/]+\.js$/, (route) =>
    route.fulfill({ status: 404, body: 'gone' }),
  );
  await page.goto('./#/careers');
  await expect(
    page.getByRole('heading', { level: 1, name: 'This page did not load' }),
  ).toBeVisible();
  await page.unroute(/\/assets\/careers-route-[^/]+\.js$/);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /careers to explore/ })).toBeVisible();
});

test.describe('with the offline worker', () => {
  test.use({ serviceWorkers: 'allow' });
  const SW_FILE = new URL('../../dist/sw.js', import.meta.url);

  test('"Update now" in one tab, then in the other: both end on the new version, answers kept', async ({
    context,
  }) => {
    const first = await context.newPage();
    await first.goto('./');
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await answerFirstQuestion(first);
    const second = await context.newPage();
    await second.goto('./#/careers');
    await expect(second.getByRole('heading', { level: 1 })).toBeVisible();

    const worker = await readFile(SW_FILE, 'utf8');
    try {
      await writeFile(
        SW_FILE,
        worker.replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-deploy'"),
      );
      await first.evaluate(async () => (await navigator.serviceWorker.ready).update());
      for (const page of [first, second])
        await expect(page.getByText(/A new version of CareerFit is ready/)).toBeVisible();

      const firstReload = first.waitForEvent('load');
      await first.getByRole('button', { name: 'Update now' }).click();
      await firstReload;
      await expect(first.getByText(/^Question 2 of \d+$/)).toBeVisible();

      // The other tab now runs old files under the new worker: its button must still work.
      await expect(second.getByText(/A new version of CareerFit is ready/)).toBeVisible();
      const secondReload = second.waitForEvent('load');
      await second.getByRole('button', { name: 'Update now' }).click();
      await secondReload;
      await expect(
        second.getByRole('heading', { level: 1, name: /careers to explore/ }),
      ).toBeVisible();
      await expect(second.getByText(/A new version of CareerFit is ready/)).toBeHidden();
    } finally {
      await writeFile(SW_FILE, worker);
    }
  });
});
