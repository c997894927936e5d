import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvCells, parseCsv, toCsv } from '../../src/domain/csv';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['\rx', '"\'\rx"'],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['', ''],
    [' =1+1', "' =1+1"],
    ['\u00a0=1+1', "'\u00a0=1+1"],
    ['  +1', "'  +1"],
    [' \t@x', "' \t@x"],
    ['\uff1dSUM(A1)', "'\uff1dSUM(A1)"],
    ['\uff0b1', "'\uff0b1"],
    ['\uff0d1', "'\uff0d1"],
    ['\uff20x', "'\uff20x"],
    ['Ana María', 'Ana María'],
    [' Ana', ' Ana'],
  ])('%j -> %j', (value, cell) => expect(csvCell(value)).toBe(cell));

  it('writes numbers as they are, even negative ones', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 1],
      ]),
    ).toBe(`${BOM}a,b\r\nc,1\r\n`);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, embedded newlines and a BOM', () => {
    const text = `${BOM}name,code\r\n"Lee, Ana","c1"\r\n"say ""hi""","two\nlines"\nlast,x`;
    expect(parseCsv(text)).toEqual([
      ['name', 'code'],
      ['Lee, Ana', 'c1'],
      ['say "hi"', 'two\nlines'],
      ['last', 'x'],
    ]);
  });

  it('round-trips what toCsv writes (apart from the formula guard)', () => {
    const rows = [
      ['Name', 'Code'],
      ['Ana "A" Pérez', 'cABC'],
      ['line\r\nbreak', 'x,y'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('keeps empty cells and ignores a final newline', () => {
    expect(parseCsv('a,,c\n')).toEqual([['a', '', 'c']]);
  });
});

describe('csvCells', () => {
  it('uses a name column when a header mentions name or nombre', () => {
    const rows = [
      ['Timestamp', 'Nombre del estudiante', 'Result code'],
      ['2026-01-01', 'Ana', 'cAAA'],
      ['2026-01-02', '', 'cBBB'],
    ];
    expect(csvCells(rows)).toEqual(
      [
        { value: 'Timestamp', name: null },
        { value: 'Result code', name: null },
        { value: '2026-01-01', name: 'Ana' },
        { value: 'cAAA', name: 'Ana' },
        { value: '2026-01-02', name: null },
        { value: 'cBBB', name: null },
      ].slice(2),
    );
  });

  it('returns every non-empty cell when there is no name column', () => {
    expect(
      csvCells([
        ['cAAA', ' '],
        ['x', 'cBBB'],
      ]),
    ).toEqual([
      { value: 'cAAA', name: null },
      { value: 'x', name: null },
      { value: 'cBBB', name: null },
    ]);
  });
});
