import type { CareerId } from '../../../domain';
import type { ConfidenceLevel } from '../../../domain/confidence';
import type { StudentRow } from '../../../domain/class-summary';

export type SortColumn = 'name' | 'recommendation' | 'confidence' | 'group';
export interface Sort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}
export interface Filters {
  text: string;
  recommendation: CareerId | '';
  confidence: ConfidenceLevel | '';
}

const CONFIDENCE_ORDER: Readonly<Record<ConfidenceLevel, number>> = { low: 0, medium: 1, high: 2 };

/** Rows matching the filters, in the chosen order; empty names and groups sort last. */
export function visibleRows(
  rows: readonly StudentRow[],
  filters: Filters,
  sort: Sort,
  titles: Readonly<Record<CareerId, string>>,
  collator: Intl.Collator,
): StudentRow[] {
  const needle = filters.text.trim().toLocaleLowerCase();
  const matches = rows.filter(
    (row) =>
      (!filters.recommendation || row.recommended === filters.recommendation) &&
      (!filters.confidence || row.confidence === filters.confidence) &&
      (!needle ||
        [row.name ?? '', row.group ?? '', ...row.top.map((f) => titles[f.careerId])].some((s) =>
          s.toLocaleLowerCase().includes(needle),
        )),
  );
  const text = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : collator.compare(a, b);
  const compare = (a: StudentRow, b: StudentRow): number => {
    switch (sort.column) {
      case 'name':
        return text(a.name, b.name);
      case 'group':
        return text(a.group, b.group);
      case 'recommendation':
        return (
          collator.compare(titles[a.recommended], titles[b.recommended]) ||
          (b.top[0]?.fit ?? 0) - (a.top[0]?.fit ?? 0)
        );
      case 'confidence':
        return CONFIDENCE_ORDER[a.confidence] - CONFIDENCE_ORDER[b.confidence];
      default:
        return sort.column satisfies never;
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Sort a copy; ties keep the order the codes were added in.
  return matches
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compare(a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}
