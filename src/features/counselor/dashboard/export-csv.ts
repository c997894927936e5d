import { decodeShareCode, scoreAnswers, TRAIT_IDS, type CareerId } from '../../../domain';
import type { StudentRow } from '../../../domain/class-summary';
import { toCsv } from '../../../domain/csv';
import { CONTENT_VERSION, QUESTION_SETS } from '../../../content/question-sets';
import { QUESTIONS } from '../../../content/questions';
import type { dashboardMessages } from './dashboard-messages';

type Texts = (typeof dashboardMessages)['en'];
type Cell = string | number | null;

/** How many careers each row lists: the recommendation and the next two. */
export const CSV_TOP = 3;

/**
 * The header row. Every header is a stable id, the same in every language, so a spreadsheet
 * formula or `npm run pilot` finds its columns in any export; docs/csv-data-dictionary.md says
 * what each one holds. One `score_<trait>` column per scale, in TRAIT_IDS order.
 */
export function csvHeader(): string[] {
  const careers = Array.from({ length: CSV_TOP }, (_, i) => [
    `career_${i + 1}`,
    `career_${i + 1}_title`,
    `fit_${i + 1}`,
  ]).flat();
  return [
    'name',
    'group',
    'export_date',
    'education_plan',
    ...careers,
    'confidence',
    ...TRAIT_IDS.map((trait) => `score_${trait}`),
    'code',
    'link',
  ];
}

/** A local calendar day as yyyy-mm-dd. */
export function isoDay(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
}

/** Education plan and scale scores from the code itself (the row keeps neither). */
function fromCode(code: string): { plan: string; scores: Cell[] } {
  const decoded = decodeShareCode(code, QUESTION_SETS, CONTENT_VERSION);
  if (!decoded.ok) return { plan: '', scores: TRAIT_IDS.map(() => '') };
  const profile = scoreAnswers(QUESTIONS, decoded.payload.answers);
  return {
    plan: decoded.payload.educationPlan ?? '',
    // A scale with no answered item has no score: left empty, not shown as the neutral middle.
    scores: TRAIT_IDS.map((trait) => {
      const { score, answered } = profile[trait];
      return answered > 0 ? Math.round(score * 10) / 10 : '';
    }),
  };
}

/** The student list as CSV rows: header first, then one row per student. */
export function csvRows(
  rows: readonly StudentRow[],
  t: Texts,
  titles: Readonly<Record<CareerId, string>>,
  linkFor: (code: string) => string,
  date: Date = new Date(),
): Cell[][] {
  const day = isoDay(date);
  const body = rows.map((row) => {
    const { plan, scores } = fromCode(row.code);
    const careers = Array.from({ length: CSV_TOP }, (_, i) => {
      const f = row.top[i];
      return f ? [f.careerId, titles[f.careerId], Math.round(f.fit)] : ['', '', ''];
    }).flat();
    return [
      row.name ?? '',
      row.group ?? '',
      day,
      plan,
      ...careers,
      t[`confidence-${row.confidence}`],
      ...scores,
      row.code,
      linkFor(row.code),
    ];
  });
  return [csvHeader(), ...body];
}

/** A file name safe on every system: careerfit-results-period-3-2026-11-27.csv */
export function csvFileName(base: string, group: string | null, date: Date): string {
  const slug = (group ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return [base, slug, isoDay(date)].filter(Boolean).join('-') + '.csv';
}

/** Saves text as a file through a Blob and a temporary object URL; nothing leaves the device. */
export function downloadCsv(rows: Cell[][], fileName: string) {
  const blob = new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
