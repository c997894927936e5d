import { expect, test, type Page } from '@playwright/test';
import { QUESTION_IDS } from '../../src/content/question-ids';
import { CONTENT_VERSION, QUESTION_SETS } from '../../src/content/question-sets';
import { encodeShareCode } from '../../src/domain/share-code';
import type { Answers, LikertValue } from '../../src/domain/types';
import { typeInto } from './engine';

const codeFor = (pick: (i: number) => number) => {
  const answers: Answers = Object.fromEntries(
    QUESTION_IDS.map((id, i) => [id, pick(i) as LikertValue]),
  );
  return encodeShareCode(
    { answers, educationPlan: 'certificate', group: 'Period 3' },
    QUESTION_SETS,
    CONTENT_VERSION,
  );
};
const codes = [codeFor((i) => (i % 5) + 1), codeFor((i) => 5 - (i % 3)), codeFor(() => 3)];

async function openDashboard(page: Page) {
  await page.goto('./#/counselor/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Counselor dashboard' })).toBeVisible();
}

async function paste(page: Page, text: string) {
  await typeInto(page.getByRole('textbox', { name: 'Paste result codes or share links' }), text);
  await page.getByRole('button', { name: 'Add codes' }).click();
}

test('two dashboard tabs keep every result and show each other’s at once', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await openDashboard(one);
  await openDashboard(two);
  await paste(one, codes[0]!);
  await paste(two, codes[1]!);
  await expect(one.getByText('Students: 2')).toBeVisible();
  await expect(two.getByText('Students: 2')).toBeVisible();
  await paste(one, codes[2]!);
  await expect(two.getByText('Students: 3')).toBeVisible();
  const fresh = await context.newPage();
  await openDashboard(fresh);
  await expect(fresh.getByText('Students: 3')).toBeVisible();
});

test('results saved by an older version in localStorage move to IndexedDB with nothing lost', async ({
  page,
}) => {
  await page.goto('./#/');
  await page.evaluate((list) => {
    const results = list.map((code, i) => ({
      id: `old-${i}`,
      code,
      name: `Old ${i}`,
      group: 'Period 3',
      source: 'paste',
      addedAt: i,
    }));
    localStorage.setItem(
      'careerfit:counselor',
      JSON.stringify({
        state: { settings: null, results, vaults: [], sealed: [] },
        version: 3,
      }),
    );
  }, codes);
  await openDashboard(page);
  await expect(page.getByText('Students: 3')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Old 2' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('careerfit:counselor')))
    .toBeNull();
  await page.reload();
  await expect(page.getByText('Students: 3')).toBeVisible();
});

test('an import into nearly full storage is refused with a message and loses nothing', async ({
  page,
}) => {
  await openDashboard(page);
  await paste(page, codes[0]!);
  await expect(page.getByText('Students: 1')).toBeVisible();
  // The browser reports 200 KB left for the site: less than the spare room the app keeps.
  await page.evaluate(() => {
    const storage = navigator.storage;
    const real = storage.estimate.bind(storage);
    storage.estimate = async () => {
      const { usage = 0 } = await real();
      return { usage, quota: usage + 200_000 };
    };
  });
  await paste(page, `${codes[1]}\n${codes[2]}`);
  await expect(page.getByRole('alert')).toContainText('Nothing was added');
  await expect(page.getByText('Students: 1')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Students: 1')).toBeVisible();
});
