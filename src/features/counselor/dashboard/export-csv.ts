import type { CareerId } from '../../../domain';
import type { StudentRow } from '../../../domain/class-summary';
import { toCsv } from '../../../domain/csv';
import type { dashboardMessages } from './dashboard-messages';

type Texts = (typeof dashboardMessages)['en'];

/** The student list as CSV rows: header first, then one row per student. */
export function csvRows(
  rows: readonly StudentRow[],
  t: Texts,
  titles: Readonly<Record<CareerId, string>>,
  linkFor: (code: string) => string,
): (string | number | null)[][] {
  const header = [
    t.csvName,
    t.csvGroup,
    t.csvRecommendation,
    t.csvFit,
    t.csvSecond,
    t.csvSecondFit,
    t.csvThird,
    t.csvThirdFit,
    t.csvConfidence,
    t.csvCode,
    t.csvLink,
  ];
  const body = rows.map((row) => {
    const [first, second, third] = row.top;
    const fit = (f: (typeof row.top)[number] | undefined) =>
      f ? [titles[f.careerId], Math.round(f.fit)] : ['', ''];
    return [
      row.name ?? '',
      row.group ?? '',
      ...fit(first),
      ...fit(second),
      ...fit(third),
      t[`confidence-${row.confidence}`],
      row.code,
      linkFor(row.code),
    ];
  });
  return [header, ...body];
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
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  return [base, slug, day].filter(Boolean).join('-') + '.csv';
}

/** Saves text as a file through a Blob and a temporary object URL; nothing leaves the device. */
export function downloadCsv(rows: (string | number | null)[][], fileName: string) {
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
