import { expect, test } from '@playwright/test';
import { QUESTION_IDS } from '../../src/content/question-ids';
import { CONTENT_VERSION, QUESTION_SETS } from '../../src/content/question-sets';
import { encodeShareCode } from '../../src/domain/share-code';
import { csvHeader } from '../../src/features/counselor/dashboard/export-csv';
import type { Answers, LikertValue } from '../../src/domain/types';
import { readDownload, typeInto } from './engine';
import { APP_URL, expectNoSeriousAxeViolations, guardPage } from './helpers';

const codeFor = (pick: (i: number) => number, group: string | null) => {
  const answers: Answers = Object.fromEntries(
    QUESTION_IDS.map((id, i) => [id, pick(i) as LikertValue]),
  );
  return encodeShareCode(
    { answers, educationPlan: 'certificate', group },
    QUESTION_SETS,
    CONTENT_VERSION,
  );
};

const first = codeFor((i) => (i % 5) + 1, 'Period 3');
const second = codeFor((i) => 5 - (i % 3), 'Period 3');
const third = codeFor((i) => ((i * 7) % 5) + 1, 'Period 3');
const damaged = first.slice(0, 15) + (first[15] === 'A' ? 'B' : 'A') + first.slice(16);

test('paste good and bad codes, see the report and the list, export CSV, no axe problems', async ({
  page,
  browserName,
}) => {
  const guard = guardPage(page);
  await page.goto('./#/counselor/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Counselor dashboard' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await typeInto(
    page.getByRole('textbox', { name: 'Paste result codes or share links' }),
    `${first}\nnot-a-code, ${damaged}\n${APP_URL}#/r/${second}; ${third} ${first}`,
  );
  await page.getByRole('button', { name: 'Add codes' }).click();

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByText('Added: 3')).toBeVisible();
  await expect(report.getByText('Already in the list (skipped): 1')).toBeVisible();
  await expect(
    report.getByRole('row', { name: /not-a-code Not a CareerFit result code/ }),
  ).toBeVisible();
  await expect(report.getByRole('row', { name: /Damaged: part of it is missing/ })).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Import report' })).toBeFocused();

  await expect(page.getByText('Students: 3')).toBeVisible();
  const list = page.getByRole('table', { name: 'Students' });
  await expect(list.getByRole('row')).toHaveCount(4);
  await expect(list.getByRole('cell', { name: 'Period 3' })).toHaveCount(3);
  await expectNoSeriousAxeViolations(page);

  // Sorting by keyboard.
  await list.getByRole('button', { name: /Confidence/ }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('columnheader', { name: /Confidence/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  const { fileName, bytes } = await readDownload(page, browserName, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  expect(fileName).toMatch(/^careerfit-results-period-3-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe(csvHeader().join(','));
  expect(lines[0]).toMatch(/^name,group,export_date,education_plan,career_1,/);
  expect(lines).toHaveLength(5);
  expect(lines.at(-1)).toBe('');
  for (const code of [first, second, third]) {
    expect(lines.some((line) => line.includes(`,${code},${APP_URL}#/r/${code}`))).toBe(true);
  }
  expect(lines.join('\n')).not.toContain(damaged);

  // Still there after a reload: the data stays on this device.
  await page.reload();
  await expect(page.getByText('Students: 3')).toBeVisible();
  guard.expectClean();
});

test('the counselor home and discussion guide have no axe problems', async ({ page }) => {
  await page.goto('./#/counselor');
  await expect(page.getByRole('heading', { level: 1, name: 'For counselors' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: 'Discussion guide' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Discussion guide' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Cancer registrar' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
