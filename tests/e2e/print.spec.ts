import { expect, test } from '@playwright/test';
import { QUESTION_IDS } from '../../src/content/question-ids';
import { CONTENT_VERSION, QUESTION_SETS } from '../../src/content/question-sets';
import { encodeShareCode } from '../../src/domain/share-code';
import type { LikertValue } from '../../src/domain/types';
import { answerByKeyboard } from './helpers';
import { pdfPages, printToPdf } from './printed-pdf';

// Every section, open or not on screen, is on paper (a phrase from inside each one).
const PRINTED = [
  'How sure is this?',
  'What fits',
  'All eight careers, best fit first',
  'Your traits and what',
  'What you’d do',
  'Education and credentials',
  'Next steps',
  'Pay and job outlook:',
];

test('the report prints on two Letter pages with every section and no heading left at a page end', async ({
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
    // On screen the sections are closed; textContent still reads their headings.
    headings = (await p.locator('main h2, main h3').allTextContents()).map((h) => h.trim());
  });
  const pages = pdfPages(file);
  expect(pages).toHaveLength(2);
  const printed = pages.flat().join(' ');
  for (const phrase of PRINTED) expect(printed, phrase).toContain(phrase);
  expect(headings).toContain('Why this career');
  const endings = pages.slice(0, -1).map((lines) => lines.at(-1));
  for (const ending of endings)
    expect(headings, `a page ends on “${ending}”`).not.toContain(ending);
});

test('a shared result prints on two Letter pages in Spanish too, every section included', async ({
  page,
  playwright,
  browserName,
}, testInfo) => {
  const answers = Object.fromEntries(
    QUESTION_IDS.map((id, i) => [id, (((i * 3) % 5) + 1) as LikertValue]),
  );
  const code = encodeShareCode(
    { answers, educationPlan: 'certificate', group: null },
    QUESTION_SETS,
    CONTENT_VERSION,
  );
  const file = await printToPdf({ page, playwright, browserName }, testInfo, async (p) => {
    await p.goto(`./?lang=es#/r/${code}`);
    await expect(p.getByText('Lo que más encaja contigo')).toBeVisible();
  });
  const pages = pdfPages(file);
  expect(pages).toHaveLength(2);
  const printed = pages.flat().join(' ');
  for (const phrase of ['Por qué esta carrera', 'Lo que harías', 'Próximos pasos', 'Fuentes'])
    expect(printed, phrase).toContain(phrase);
});
