import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The preview server's address (playwright.config.ts reads the same E2E_PORT). */
export const APP_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;

/** Fails the test if the page talks to anything but the local server or logs an error. */
export function guardPage(page: Page) {
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(APP_URL) && !url.startsWith('data:'))
      problems.push(`request left the app: ${url}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    expectClean: () => expect(problems).toEqual([]),
  };
}

export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}

/** Where the quiz is, in screens: the counted questions, then the education step. */
export async function questionProgress(page: Page) {
  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  const current = Number(await bar.getAttribute('aria-valuenow'));
  const total = Number(await bar.getAttribute('aria-valuemax'));
  return { current, total };
}

/** What screen `step` of `total` says: the education step is not one of the counted questions. */
export function stepText(step: number, total: number) {
  if (step === total) return 'Almost done';
  const count = `Question ${step} of ${total - 1}`;
  // The question after the first half carries a word of encouragement.
  return step === Math.floor((total - 1) / 2) + 1 ? `${count} · Halfway there!` : count;
}

/** Answers the rest of the quiz from the keyboard only: a number key, then Enter. */
export async function answerByKeyboard(page: Page, pick: (index: number) => number) {
  const { current, total } = await questionProgress(page);
  for (let i = current; i <= total; i++) {
    await expect(page.getByText(stepText(i, total), { exact: true })).toBeVisible();
    // The last step (education) has four choices.
    await page.keyboard.press(String(i === total ? Math.min(pick(i), 4) : pick(i)));
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    await page.keyboard.press('Enter');
  }
}
