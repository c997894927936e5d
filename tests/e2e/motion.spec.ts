import { expect, test, type Page } from '@playwright/test';
import { QUESTION_IDS } from '../../src/content/question-ids';
import { CONTENT_VERSION, QUESTION_SETS } from '../../src/content/question-sets';
import { encodeShareCode } from '../../src/domain/share-code';
import type { Answers, LikertValue } from '../../src/domain/types';
import { describeWithReducedMotion, mediaMatches } from './engine';
import { guardPage } from './helpers';

const answers: Answers = Object.fromEntries(
  QUESTION_IDS.map((id, i) => [id, ((i % 5) + 1) as LikertValue]),
);
const code = encodeShareCode(
  { answers, educationPlan: 'certificate', group: null },
  QUESTION_SETS,
  CONTENT_VERSION,
);

/** Each ranking bar's drawn share of its track against the score printed beside it. */
const barsAgainstScores = (page: Page) =>
  page.locator('.ranking > li').evaluateAll((items) =>
    items.map((li) => {
      const track = li.querySelector('.bar')!.getBoundingClientRect().width;
      const fill = li.querySelector('.bar-fill')!.getBoundingClientRect().width;
      const score = Number(li.querySelector('.rank-score')!.firstChild!.textContent);
      return Math.abs((100 * fill) / track - score) < 1.5;
    }),
  );

/** The quiz step's entrance as styled (stays readable after the animation has ended). */
const stepEntrance = (page: Page) =>
  page.locator('.question-step').evaluate((el) => {
    const style = getComputedStyle(el);
    return { name: style.animationName, ms: 1000 * parseFloat(style.animationDuration) };
  });

test('a later quiz step slides in with a short CSS entrance; the first one just appears', async ({
  page,
}) => {
  const guard = guardPage(page);
  await page.goto('./#/quiz');
  await expect(page.locator('.question-step')).toBeVisible();
  expect((await stepEntrance(page)).name).toBe('none');
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expect(page.locator('.question-step[data-enter="forward"]')).toBeVisible();
  expect(await stepEntrance(page)).toEqual({ name: 'question-enter', ms: 220 });
  guard.expectClean();
});

describeWithReducedMotion('with reduced motion', () => {
  test('the quiz step does not slide', async ({ page }) => {
    await page.goto('./#/quiz');
    expect(await mediaMatches(page, '(prefers-reduced-motion: reduce)')).toBe(true);
    await expect(page.locator('.question-step')).toBeVisible();
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await expect(page.locator('.question-step[data-enter="forward"]')).toBeVisible();
    const entrance = await stepEntrance(page);
    expect(entrance.name).toBe('question-enter');
    expect(entrance.ms).toBeLessThan(1);
  });
});

test('ranking bars wait until the list is on screen and grow to their scores', async ({ page }) => {
  const guard = guardPage(page);
  await page.goto(`./#/r/${code}`);
  await expect(page.locator('.ranking > li')).toHaveCount(8);
  // The list starts in a closed section: nothing has grown yet.
  await page.waitForTimeout(800);
  expect(await barsAgainstScores(page)).not.toContain(true);
  await page.getByRole('button', { name: 'All eight careers, best fit first' }).click();
  await page.locator('.ranking').scrollIntoViewIfNeeded();
  await expect.poll(() => barsAgainstScores(page)).toEqual(Array(8).fill(true));
  guard.expectClean();
});

test('ranking bars print at full length even before they have grown', async ({
  page,
  browserName,
}) => {
  test.skip(
    browserName === 'firefox',
    'Firefox over WebDriver BiDi: emulateMedia({ media: "print" }) does nothing and no pref simulates print media',
  );
  const guard = guardPage(page);
  await page.goto(`./#/r/${code}`);
  await expect(page.locator('.ranking > li')).toHaveCount(8);
  await page.emulateMedia({ media: 'print' });
  const transforms = await page
    .locator('.bar-fill')
    .evaluateAll((bars) => bars.map((bar) => getComputedStyle(bar).transform));
  expect(transforms).toEqual(Array(8).fill('none'));
  guard.expectClean();
});
