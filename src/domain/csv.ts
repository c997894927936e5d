/*
 * CSV for spreadsheets: RFC 4180 out (CRLF, quotes doubled, a UTF-8 byte-order mark so Excel
 * reads accents), a forgiving reader in. Cells that a spreadsheet would run as a formula get a
 * leading apostrophe, so a student's name cannot become a formula on the counselor's computer.
 */

export const BOM = '\ufeff';
// Spreadsheets skip leading whitespace (including no-break spaces) before a formula sign and
// treat fullwidth signs as the ASCII ones, so both count as a formula start.
const FORMULA_START =
  /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, neutralised and quoted when needed. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text with a BOM and CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Reads CSV text: quoted fields, doubled quotes, newlines inside quotes, CRLF or LF, a BOM. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\r' && source[i + 1] === '\n') {
      endRow();
      i++;
    } else if (ch === '\n' || ch === '\r') endRow();
    else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

export interface CsvCodeCell {
  value: string;
  /** The name in the same row when the file has a name column. */
  name: string | null;
}

const NAME_HEADER = /name|nombre/i;

/**
 * Every non-empty cell of a CSV file, with the row's name when a header cell mentions
 * "name" or "nombre". The caller decides which cells are codes.
 */
export function csvCells(rows: readonly (readonly string[])[]): CsvCodeCell[] {
  const header = rows[0] ?? [];
  const nameColumn = header.findIndex((cell) => NAME_HEADER.test(cell));
  const body = nameColumn >= 0 ? rows.slice(1) : rows;
  const cells: CsvCodeCell[] = [];
  for (const row of body) {
    const name = nameColumn >= 0 ? (row[nameColumn] ?? '').trim() || null : null;
    row.forEach((value, column) => {
      if (column !== nameColumn && value.trim()) cells.push({ value: value.trim(), name });
    });
  }
  return cells;
}
