import { expect, test } from '@playwright/test';
import { answerByKeyboard } from './helpers';
import { pdfPages, printToPdf } from './printed-pdf';

test('the printed report never ends a page on a heading whose content is on the next', async ({
  page,
  playwright,
  browserName,
}, testInfo) => {
  test.slow();
  let headings: string[] = [];
  const file = await printToPdf({ page, playwright, browserName }, testInfo, async (p) => {
    await p.goto('#/quiz');
    await answerByKeyboard(p, (i) => ((i * 7) % 5) + 1);
    await expect(p.getByText('Your best fit')).toBeVisible();
    headings = (await p.locator('main h2, main h3').allInnerTexts()).map((h) => h.trim());
  });
  const pages = pdfPages(file);
  expect(pages.length).toBeGreaterThan(1);
  expect(headings).toContain('Why this career');
  const endings = pages.slice(0, -1).map((lines) => lines.at(-1));
  for (const ending of endings)
    expect(headings, `a page ends on “${ending}”`).not.toContain(ending);
});
