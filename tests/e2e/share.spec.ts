import { expect, test } from '@playwright/test';
import { answerByKeyboard, expectNoSeriousAxeViolations, guardPage } from './helpers';

test('a share link reproduces the result on a fresh device, marked as shared', async ({
  page,
  browser,
}) => {
  // A whole 45-question quiz by keyboard: ~50 s in Firefox over WebDriver BiDi even when idle.
  test.slow();
  const guard = guardPage(page);
  await page.goto('./#/quiz');
  await expect(page.getByRole('radiogroup')).toBeVisible();
  await answerByKeyboard(page, (i) => ((i * 3) % 5) + 1);
  await expect(page.getByText('Your best fit')).toBeVisible();
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  const ranking = await page.locator('.ranking > li .rank-title').allTextContents();
  await page.getByRole('button', { name: 'Link and name for the printout' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to this result' }).inputValue();
  expect(link).toMatch(/#\/r\/c[A-Za-z0-9_-]+$/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: /copied|did not work/ })).toBeVisible();
  guard.expectClean();

  const other = await browser.newContext();
  const fresh = await other.newPage();
  const freshGuard = guardPage(fresh);
  await fresh.goto(link);
  await expect(fresh.getByText('Someone shared this result with you.')).toBeVisible();
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  expect(await fresh.locator('.ranking > li .rank-title').allTextContents()).toEqual(ranking);
  await expect(fresh.getByRole('link', { name: 'Take the quiz yourself' }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(fresh);
  // The shared view does not touch the visitor's own saved quiz.
  expect(await fresh.evaluate(() => localStorage.getItem('careerfit:quiz'))).toBeNull();
  freshGuard.expectClean();
  await other.close();
});

for (const [name, code] of [
  ['truncated', 'cAB'],
  ['random text', 'hello-world'],
  ['tampered', 'cAQEAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
]) {
  test(`a ${name} share code shows a clear message and a way to start`, async ({ page }) => {
    const guard = guardPage(page);
    await page.goto(`./#/r/${code}`);
    await expect(page.getByRole('heading', { name: 'We can’t open this result' })).toBeVisible();
    await page.getByRole('link', { name: 'Take the quiz' }).click();
    await expect(page.getByRole('radiogroup')).toBeVisible();
    guard.expectClean();
  });
}
