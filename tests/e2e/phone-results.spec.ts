import { expect, test, type Page } from '@playwright/test';
import { QUESTION_IDS } from '../../src/content/question-ids';
import { CONTENT_VERSION, QUESTION_SETS } from '../../src/content/question-sets';
import { encodeShareCode } from '../../src/domain/share-code';
import type { LikertValue } from '../../src/domain/types';
import { SECTION_IDS } from '../../src/features/results/use-open-sections';
import { guardPage } from './helpers';

// Results built for a phone (#18): the answer on the first screen, the rest in sections a student
// opens, each with its own address. Runs in chromium-phone and firefox-phone (390×844).
const answers = Object.fromEntries(
  QUESTION_IDS.map((id, i) => [id, (((i * 3) % 5) + 1) as LikertValue]),
);
const code = encodeShareCode(
  { answers, educationPlan: 'certificate', group: null },
  QUESTION_SETS,
  CONTENT_VERSION,
);
const SCREEN = 844;

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

for (const lang of ['en', 'es'] as const)
  for (const width of [390, 320])
    test(`${lang} at ${width} px: with every section closed the result is at most 4 screens`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: SCREEN });
      await page.goto(`./?lang=${lang}#/r/${code}`);
      await expect(page.locator('#result-title')).toBeVisible();
      await expect(page.locator('.section-toggle')).toHaveCount(SECTION_IDS.length);
      for (const toggle of await page.locator('.section-toggle').all())
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(await pageHeight(page)).toBeLessThanOrEqual(4 * SCREEN);
    });

test('a section opens and closes from the keyboard and keeps its state in the address', async ({
  page,
}) => {
  const guard = guardPage(page);
  await page.goto(`./#/r/${code}`);
  const why = page.getByRole('button', { name: 'Why this career' });
  await why.focus();
  await page.keyboard.press('Enter');
  await expect(why).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { name: 'What fits' })).toBeVisible();
  await expect(page).toHaveURL(/\?open=why$/);

  // The address is the state: a reload (or a link to it) opens the same section.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Why this career' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await page.getByRole('button', { name: 'Why this career' }).focus();
  await page.keyboard.press(' ');
  await expect(page.getByRole('heading', { name: 'What fits' })).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/r/${code}$`));
  guard.expectClean();
});

test('a link to one section lands on it, open', async ({ page }) => {
  await page.goto(`./#/r/${code}?open=sources`);
  const sources = page.getByRole('button', { name: 'Sources' });
  await expect(sources).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText(/^Pay and job outlook:/)).toBeInViewport();
});
