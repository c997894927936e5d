import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  cohenKappa,
  matchStudents,
  normalizeKey,
  parseCsv,
  pearson,
  pilotReport,
  plainReading,
  PilotInputError,
  readExport,
  topOverlap,
  type PilotStudent,
} from '../../scripts/pilot-stats.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => `tests/fixtures/pilot/${name}`;

const HEADER = 'name,group,career_1,career_2,career_3,score_detail,code';
const student = (over: Partial<PilotStudent>): PilotStudent => ({
  row: 2,
  name: '',
  group: '',
  code: '',
  careers: ['a', 'b', 'c'],
  scores: {},
  ...over,
});

describe('parseCsv', () => {
  it('reads RFC 4180: quotes, doubled quotes, commas and line breaks in fields, CRLF, a BOM', () => {
    const text = '\ufeffname,note\r\n"Lee, Bo","said ""hi""\r\nthen left"\r\nAna,\r\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Lee, Bo', 'said "hi"\r\nthen left'],
      ['Ana', ''],
    ]);
  });

  it('takes LF line ends and a last line with no line end, and skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('says where a quoted field never ends', () => {
    expect(() => parseCsv('a\n"open\nstill')).toThrow(PilotInputError);
    expect(() => parseCsv('a\n"open\nstill')).toThrow(/line 2/);
  });
});

describe('normalizeKey', () => {
  it('ignores case, accents, extra spaces and the formula guard', () => {
    expect(normalizeKey('  José   NÚÑEZ ')).toBe('jose nunez');
    expect(normalizeKey("'=Zoe")).toBe('=zoe');
    expect(normalizeKey("O'Neil")).toBe("o'neil");
  });
});

describe('readExport', () => {
  it('finds columns by their ids in any order and keeps empty scores as missing', () => {
    const text = `code,score_detail,career_3,career_2,career_1,group,name\r\nc1,,z,y,x,P3,Ana\r\nc2,55.5,z,y,x,P3,Bo\r\n`;
    const { students, scales } = readExport(text);
    expect(scales).toEqual(['detail']);
    expect(students.map((s) => [s.name, s.careers, s.scores.detail])).toEqual([
      ['Ana', ['x', 'y', 'z'], null],
      ['Bo', ['x', 'y', 'z'], 55.5],
    ]);
  });

  it('names the missing columns of a file that is not an export', () => {
    expect(() => readExport('Name,Code\r\nAna,c1\r\n')).toThrow(/no name, group, career_1/);
    expect(() => readExport('')).toThrow(/empty/);
    expect(() => readExport('name;group;career_1\r\nAna;P3;x\r\n')).toThrow(/semicolons/);
    expect(() => readExport('Name,Group,Recommendation,Result code\r\n')).toThrow(
      /earlier version/,
    );
  });

  it('lists rows with no career by their spreadsheet row number', () => {
    expect(readExport(`${HEADER}\r\nAna,P3,x,y,z,1,c1\r\nBo,P3,,,,,c2\r\n`).skipped).toEqual([3]);
  });
});

describe('matchStudents', () => {
  it('pairs by name and group, then unnamed rows by code, and reports the rest', () => {
    const ana1 = student({ name: 'Ana Díaz', group: 'Period 3', code: 'c1' });
    const ana2 = student({ name: 'ana  diaz', group: 'PERIOD 3', code: 'c9' });
    const anon1 = student({ code: 'same' });
    const anon2 = student({ code: 'same' });
    const other = student({ name: 'Ana Díaz', group: 'Period 4', code: 'c2' });
    const m = matchStudents([ana1, anon1, other], [ana2, anon2]);
    expect(m.pairs.map((p) => [p.first, p.second, p.by])).toEqual([
      [ana1, ana2, 'name'],
      [anon1, anon2, 'code'],
    ]);
    expect(m.unmatchedFirst).toEqual([other]);
    expect(m.unmatchedSecond).toEqual([]);
  });

  it('leaves out a name that is on two rows of one file, with its row in the other file', () => {
    const pat = (group = 'P3') => student({ name: 'Pat', group });
    const m = matchStudents([pat(), pat()], [pat()]);
    expect(m.pairs).toEqual([]);
    expect(m.ambiguous.map((a) => [a.first.length, a.second.length])).toEqual([[2, 1]]);
    expect(m.unmatchedFirst).toEqual([]);
    expect(m.unmatchedSecond).toEqual([]);
  });
});

describe('cohenKappa', () => {
  it('matches a hand-computed example', () => {
    // 10 students: x/x ×4, x/y, y/y ×2, y/z, z/z ×2. Observed .8; first occasion x 5, y 3, z 2;
    // second x 4, y 3, z 3; chance (20 + 9 + 6) / 100 = .35; κ = (.8 − .35) / .65 = .6923.
    const pairs: [string, string][] = [
      ...Array<[string, string]>(4).fill(['x', 'x']),
      ['x', 'y'],
      ['y', 'y'],
      ['y', 'y'],
      ['y', 'z'],
      ['z', 'z'],
      ['z', 'z'],
    ];
    const { observed, chance, kappa } = cohenKappa(pairs);
    expect(observed).toBeCloseTo(0.8, 10);
    expect(chance).toBeCloseTo(0.35, 10);
    expect(kappa).toBeCloseTo(0.45 / 0.65, 10);
  });

  it('is 1 for perfect agreement, 0 at chance, and undefined with one label throughout', () => {
    expect(
      cohenKappa([
        ['x', 'x'],
        ['y', 'y'],
      ]).kappa,
    ).toBe(1);
    expect(
      cohenKappa([
        ['x', 'x'],
        ['x', 'y'],
        ['y', 'x'],
        ['y', 'y'],
      ]).kappa,
    ).toBeCloseTo(0, 10);
    expect(cohenKappa([['x', 'x']]).kappa).toBeNaN();
    expect(cohenKappa([]).kappa).toBeNaN();
  });
});

describe('pearson', () => {
  it('matches a hand-computed example', () => {
    // Deviations (−2 −1 0 1 2) and (−2 0 1 0 1): 6 / √(10 · 6) = .7746.
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 10);
    expect(pearson([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1, 10);
  });

  it('is undefined with fewer than 3 students or no spread', () => {
    expect(pearson([1, 2], [1, 2])).toBeNaN();
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNaN();
  });
});

describe('topOverlap', () => {
  it('is the mean share of the top three found both times, in any order', () => {
    expect(
      topOverlap([
        [
          ['a', 'b', 'c'],
          ['c', 'a', 'b'],
        ],
        [
          ['a', 'b', 'c'],
          ['a', 'd', 'e'],
        ],
      ]),
    ).toBeCloseTo((1 + 1 / 3) / 2, 10);
  });
});

describe('pilotReport on the fixtures', () => {
  const report = pilotReport(
    readExport(readFileSync(fixture('first.csv'), 'utf8')),
    readExport(readFileSync(fixture('second.csv'), 'utf8')),
  );

  it('gives the figures worked out by hand', () => {
    // Pairs of first careers: 4 of 6 agree; margins give chance 6/36, so κ = (4/6 − 1/6) / (5/6).
    expect(report.matched).toBe(6);
    expect(report.sameFirst).toBe(4);
    expect(report.kappa).toBeCloseTo(0.6, 10);
    expect(report.top3Overlap).toBeCloseTo(17 / 18, 10);
    expect(report.scales.map((s) => [s.scale, s.n])).toEqual([
      ['organization', 6],
      ['detail', 6],
      ['technology', 5],
    ]);
    expect(report.scales[0]?.r).toBeCloseTo(0.985, 3);
  });

  it('reads them in one plain line, with the reference and a word on so few students', () => {
    const line = plainReading(report);
    expect(line).toContain('For 4 of 6 students (67%)');
    expect(line).toContain('0.74');
    expect(line).toMatch(/with 6 students these figures are rough/);
  });
});

describe('npm run pilot', () => {
  const pilot = (...args: string[]) =>
    run(process.execPath, ['scripts/pilot.mjs', ...args], { cwd: root }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('prints the figures for two exports', async () => {
    const { code, stdout } = await pilot(fixture('first.csv'), fixture('second.csv'));
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Matched students: 6 (5 by name and group, 1 by identical result code)',
    );
    expect(stdout).toContain('Only in first.csv (1): Only First (Period 3)');
    expect(stdout).toContain('Pat Doe (Period 3): 2 in first.csv, 1 in second.csv');
    expect(stdout).toMatch(/Top-1 agreement: +67% \(4 of 6\)/);
    expect(stdout).toMatch(/Cohen's κ, 1st career: +0\.60/);
    expect(stdout).toMatch(/Top-3 overlap: +0\.94/);
    expect(stdout).toMatch(/organization +r = +0\.99 +\(n = 6\)/);
    expect(stdout).toMatch(/technology +r = +0\.97 +\(n = 5\)/);
    expect(stdout).toMatch(/^Reading: For 4 of 6 students/m);
  });

  it('exits 1 with a clear message on bad input', async () => {
    const usage = await pilot(fixture('first.csv'));
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/Usage: npm run pilot -- first\.csv second\.csv/);
    const missing = await pilot(fixture('first.csv'), fixture('nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no file at tests/fixtures/pilot/nope.csv');
    const wrong = await pilot('package.json', fixture('second.csv'));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /package\.json is not a CareerFit dashboard export: it has no name/,
    );
    const alone = await pilot(fixture('first.csv'), fixture('other-class.csv'));
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(/only 1 student appear in both files; at least 2 are needed/);
  });
});
