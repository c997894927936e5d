import { expect, test } from '@playwright/test';
import { PERSONAS, answerFor } from '../personas';
import { describeInScheme, mediaMatches } from './engine';
import { answerByKeyboard, expectNoSeriousAxeViolations, guardPage, stepText } from './helpers';

test('a student completes the whole quiz by keyboard only and sees a recommendation', async ({
  page,
}) => {
  const guard = guardPage(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('medical records');
  await expect(page.getByRole('status')).toHaveCount(0); // a first visit has nothing to restore

  // Keyboard only: Tab from the top of the page to the Start link.
  const start = page.getByRole('link', { name: 'Start the quiz' });
  for (let i = 0; i < 10 && !(await start.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute(
    'aria-valuenow',
    '1',
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await answerByKeyboard(page, (i) => ((i * 7) % 5) + 1);

  await expect(page).toHaveURL(/#\/results$/);
  await expect(page.getByText('Your best fit')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How sure is this?' })).toBeVisible();
  await expect(page.getByText(/confidence/i).first()).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'All eight careers, best fit first' }),
  ).toBeVisible();
  await expect(page.locator('.ranking > li')).toHaveCount(8);
  guard.expectClean();
});

test('a reload in the middle of the quiz resumes at the same question', async ({ page }) => {
  const guard = guardPage(page);
  await page.goto('./#/quiz');
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Question ${i} of`, { exact: false })).toBeVisible();
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByText('Question 6 of', { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Question 6 of', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(
    page
      .getByRole('radio', { name: 'A lot like me' })
      .or(page.getByRole('radio', { name: 'Would like it' })),
  ).toBeChecked();
  guard.expectClean();
});

test('an organized, detail-minded records persona gets a records-family result with reasons', async ({
  page,
}) => {
  await page.goto('./#/quiz');
  const total = Number(await page.getByRole('progressbar').getAttribute('aria-valuemax'));
  for (let i = 1; i <= total; i++) {
    await expect(page.getByText(stepText(i, total), { exact: true })).toBeVisible();
    const id = await page.locator('[data-question]').getAttribute('data-question');
    await page.keyboard.press(
      id === 'education-plan' ? '2' : String(answerFor(PERSONAS.recordsTech, id ?? '')),
    );
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Medical records technician|Medical coder|Cancer registrar/,
  );
  await page.getByRole('button', { name: 'Why this career' }).click();
  await expect(page.getByRole('heading', { name: 'What fits' })).toBeVisible();
  await expect(page.getByText(/You answered “/).first()).toBeVisible();
});

test('axe finds nothing serious on the landing page, a question and the results', async ({
  page,
}) => {
  await page.goto('./');
  await expectNoSeriousAxeViolations(page);
  await page.goto('./#/quiz');
  await expect(page.getByRole('radiogroup')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await answerByKeyboard(page, (i) => (i % 5) + 1);
  await expect(page.getByText('Your best fit')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

describeInScheme('dark', 'in the dark scheme', () => {
  test('axe finds nothing serious on the results and the landing page', async ({ page }) => {
    await page.goto('./#/quiz');
    expect(await mediaMatches(page, '(prefers-color-scheme: dark)')).toBe(true);
    await expect(page.getByRole('radiogroup')).toBeVisible();
    await answerByKeyboard(page, (i) => (i % 5) + 1);
    await expect(page.getByText('Your best fit')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.goto('./');
    await expectNoSeriousAxeViolations(page);
  });
});
