/** Prints eval checks as an aligned table: name, figure, target, PASS/FAIL. */
export interface CheckRow {
  name: string;
  figure: string;
  target: string;
  pass: boolean;
  /** A target not met yet and tracked in the issue: printed as OPEN, not asserted. */
  open?: boolean;
}

const WIDTHS = { name: 16, figure: 50, target: 22 } as const;
const rows: CheckRow[] = [];

function line(name: string, figure: string, target: string, status: string): string {
  return [
    name.padEnd(WIDTHS.name),
    figure.padEnd(WIDTHS.figure),
    target.padEnd(WIDTHS.target),
    status,
  ].join('  ');
}

const HEADER = line('check', 'figure', 'target', 'result');
const RULE = '-'.repeat(HEADER.length + 2);

export function formatRow(row: CheckRow): string {
  return line(row.name, row.figure, row.target, row.pass ? 'PASS' : row.open ? 'OPEN' : 'FAIL');
}

/** Records a check's row and prints it with its detail lines (indented under the row). */
export function report(row: CheckRow, details: readonly string[] = []): void {
  rows.push(row);
  console.log([HEADER, formatRow(row), ...details.map((d) => `    ${d}`)].join('\n'));
}

/** The whole table and a one-line PASS/FAIL count; checks that never reported count as FAIL. */
export function printSummary(expectedChecks: number): void {
  const passed = rows.filter((r) => r.pass).length;
  const open = rows.filter((r) => !r.pass && r.open).length;
  const missing = Math.max(0, expectedChecks - rows.length);
  const failed = rows.length - passed - open + missing;
  const note = missing > 0 ? ` (${missing} did not report)` : '';
  const summary = `${rows.length + missing} checks: ${passed} PASS, ${open} OPEN (not met yet, not asserted), ${failed} FAIL${note}`;
  console.log(['', HEADER, RULE, ...rows.map(formatRow), RULE, summary].join('\n'));
}

export const pct = (share: number, digits = 1): string => `${(share * 100).toFixed(digits)}%`;

/** Left-aligns the cells of each row into columns. */
export function columns(cells: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of cells) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return cells.map((row) =>
    row
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}
