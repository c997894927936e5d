import { expect, test, type Page } from '@playwright/test';
import { guardPage } from './helpers';

async function answer(page: Page, question: number, key: string) {
  await expect(page.getByText(new RegExp(`^Question ${question} of \\d+$`))).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  await page.keyboard.press('Enter');
}

const savedAnswers = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('careerfit:quiz') ?? '{}').state.answers);

test('two quiz tabs: neither erases the other’s answers, and each sees the other’s at once', async ({
  context,
}) => {
  const first = await context.newPage();
  const guard = guardPage(first);
  await first.goto('./#/quiz');
  await answer(first, 1, '4');

  const second = await context.newPage();
  await second.goto('./#/quiz');
  await answer(second, 2, '2'); // resumes where the first tab was

  // The first tab is still on question 2 and answers it differently, later: that answer wins.
  await answer(first, 2, '5');
  await answer(second, 3, '1');
  // The first tab never answered question 3 itself; its next save must keep the second's answer.
  await first.getByRole('button', { name: 'Back' }).click();
  await answer(first, 2, '5');
  await expect(first.getByRole('radio', { checked: true })).toHaveAttribute('id', /-1$/);

  for (const page of [first, second]) {
    const answers = Object.values(await savedAnswers(page)).sort();
    expect(answers).toEqual([1, 4, 5]);
  }
  // The second tab shows the first tab's later answer to question 2 without a reload.
  await second.getByRole('button', { name: 'Back' }).click();
  await expect(second.getByText(/^Question 3 of \d+$/)).toBeVisible();
  await second.getByRole('button', { name: 'Back' }).click();
  await expect(second.getByText(/^Question 2 of \d+$/)).toBeVisible();
  await expect(second.getByRole('radio', { checked: true })).toHaveAttribute('id', /-5$/);
  guard.expectClean();
});
