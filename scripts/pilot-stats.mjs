// @ts-check
/*
 * The figures of a counselor pilot: two dashboard CSV exports of the same class, some weeks
 * apart, matched student by student. Pure functions (no files, no console) so tests can import
 * them; scripts/pilot.mjs does the reading and printing. Plain JavaScript so it runs on Node 20
 * with no build step; types are in pilot-stats.d.mts.
 *
 * Columns are found by the stable header ids of the dashboard export (docs/csv-data-dictionary.md),
 * never by position or by words of one language.
 */

/** Thrown for input a counselor can fix: the message says what is wrong. */
export class PilotInputError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'PilotInputError';
  }
}

/** Columns every export must have. */
export const REQUIRED_COLUMNS = ['name', 'group', 'career_1', 'career_2', 'career_3', 'code'];
export const SCORE_PREFIX = 'score_';
const CAREER_COLUMNS = ['career_1', 'career_2', 'career_3'];
/** The dashboard puts ' before a cell that starts like a formula; this takes it off again. */
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;

/**
 * RFC 4180 CSV: fields in double quotes may hold commas, quotes (doubled) and line breaks;
 * CRLF or LF line ends; a UTF-8 byte-order mark at the start is dropped. Blank lines are skipped.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  let fields = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let quoteLine = 0;
  const pushRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push(fields);
    fields = [];
    field = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (inQuotes) {
      if (ch !== '"') {
        if (ch === '\n') line++;
        field += ch;
      } else if (source[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
    } else if (ch === '"' && field === '') {
      inQuotes = true;
      quoteLine = line;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      line++;
      pushRow();
    } else field += ch;
  }
  if (inQuotes)
    throw new PilotInputError(`a quoted field that starts on line ${quoteLine} never ends`);
  if (field !== '' || fields.length > 0) pushRow();
  return rows;
}

/**
 * A name or group as a matching key: accents, case, spacing and the formula guard do not count.
 * @param {string} text
 */
export function normalizeKey(text) {
  return text
    .replace(FORMULA_GUARD, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One export's students.
 * @param {string} text the CSV file's text
 * @returns {import('./pilot-stats.d.mts').PilotExport}
 */
export function readExport(text) {
  const [header, ...body] = parseCsv(text);
  if (!header) throw new PilotInputError('the file is empty');
  const columns = header.map((cell) => cell.trim());
  const missing = REQUIRED_COLUMNS.filter((id) => !columns.includes(id));
  if (missing.length > 0) {
    // A spreadsheet set to a comma-decimal language saves "CSV" with semicolons.
    const semicolons = columns.length === 1 && (columns[0] ?? '').includes(';');
    // Exports before the column ids had headers in the page's language.
    const older = columns.includes('Result code') || columns.includes('Código de resultado');
    throw new PilotInputError(
      semicolons
        ? 'its columns are separated by semicolons, which usually means it was saved again ' +
            'from a spreadsheet. Use the file as "Export CSV" on the dashboard saved it, or ' +
            'save it as "CSV UTF-8 (comma delimited)".'
        : older
          ? 'it comes from an earlier version of the dashboard, without column ids. Add it to an ' +
            'empty dashboard with "Choose a CSV file" and export it again.'
          : `it has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}. ` +
            'Use the file from "Export CSV" on the CareerFit counselor dashboard; its first row ' +
            'starts name,group,export_date,…',
    );
  }
  const at = (/** @type {string} */ id) => columns.indexOf(id);
  const scales = columns
    .filter((c) => c.startsWith(SCORE_PREFIX))
    .map((c) => c.slice(SCORE_PREFIX.length));
  /** @type {import('./pilot-stats.d.mts').PilotStudent[]} */
  const students = [];
  /** @type {number[]} */
  const skipped = [];
  body.forEach((row, index) => {
    const cell = (/** @type {string} */ id) =>
      (row[at(id)] ?? '').replace(FORMULA_GUARD, '').trim();
    const careers = CAREER_COLUMNS.map(cell).filter(Boolean);
    // Row numbers as a spreadsheet shows them: the header is row 1.
    if (careers.length === 0) {
      skipped.push(index + 2);
      return;
    }
    /** @type {Record<string, number | null>} */
    const scores = {};
    for (const scale of scales) {
      const value = cell(SCORE_PREFIX + scale);
      const number = value === '' ? NaN : Number(value);
      scores[scale] = Number.isFinite(number) ? number : null;
    }
    students.push({
      row: index + 2,
      name: cell('name'),
      group: cell('group'),
      code: cell('code'),
      careers,
      scores,
    });
  });
  return { students, scales, skipped };
}

/**
 * @param {import('./pilot-stats.d.mts').PilotStudent} student
 * @returns {string} name and group as one key; empty for a row with no name
 */
function nameKey(student) {
  return student.name ? `${normalizeKey(student.name)}\u0000${normalizeKey(student.group)}` : '';
}

/**
 * Students keyed by `key`; a key held by more than one student is ambiguous and kept apart.
 * @param {readonly import('./pilot-stats.d.mts').PilotStudent[]} students
 * @param {(s: import('./pilot-stats.d.mts').PilotStudent) => string} key
 */
function index(students, key) {
  /** @type {Map<string, import('./pilot-stats.d.mts').PilotStudent[]>} */
  const byKey = new Map();
  for (const student of students) {
    const k = key(student);
    if (!k) continue;
    byKey.set(k, [...(byKey.get(k) ?? []), student]);
  }
  return byKey;
}

/**
 * Pairs the students of two exports: by name and group (case, accents and spacing ignored),
 * then, for those left, by identical result code. A name and group (or a code) found on more
 * than one row of a file cannot be paired with confidence: those rows are reported, not used.
 * @param {readonly import('./pilot-stats.d.mts').PilotStudent[]} first
 * @param {readonly import('./pilot-stats.d.mts').PilotStudent[]} second
 * @returns {import('./pilot-stats.d.mts').Matching}
 */
export function matchStudents(first, second) {
  /** @type {import('./pilot-stats.d.mts').Pair[]} */
  const pairs = [];
  /** @type {import('./pilot-stats.d.mts').Ambiguous[]} */
  const ambiguous = [];
  const used = new Set();
  /**
   * @param {'name' | 'code'} by
   * @param {(s: import('./pilot-stats.d.mts').PilotStudent) => string} key
   */
  const pass = (by, key) => {
    const a = index(
      first.filter((s) => !used.has(s)),
      key,
    );
    const b = index(
      second.filter((s) => !used.has(s)),
      key,
    );
    for (const k of new Set([...a.keys(), ...b.keys()])) {
      const inFirst = a.get(k) ?? [];
      const inSecond = b.get(k) ?? [];
      const [x] = inFirst;
      const [y] = inSecond;
      if (inFirst.length === 1 && inSecond.length === 1 && x && y) {
        pairs.push({ first: x, second: y, by });
      } else if (inFirst.length < 2 && inSecond.length < 2) {
        continue;
      } else {
        // Which of the rows is which student cannot be told: all of them are left out.
        ambiguous.push({ first: inFirst, second: inSecond });
      }
      for (const s of [...inFirst, ...inSecond]) used.add(s);
    }
  };
  pass('name', nameKey);
  pass('code', (s) => (s.code ? `code\u0000${s.code}` : ''));
  return {
    pairs,
    unmatchedFirst: first.filter((s) => !used.has(s)),
    unmatchedSecond: second.filter((s) => !used.has(s)),
    ambiguous,
  };
}

/**
 * Cohen's κ for two labels per student: (observed − chance agreement) / (1 − chance), chance from
 * each occasion's own label frequencies. NaN when chance agreement is 1 (one label throughout).
 * @param {readonly (readonly [string, string])[]} pairs
 */
export function cohenKappa(pairs) {
  const n = pairs.length;
  if (n === 0) return { observed: NaN, chance: NaN, kappa: NaN };
  /** @type {Map<string, [number, number]>} */
  const margins = new Map();
  let same = 0;
  for (const [a, b] of pairs) {
    if (a === b) same++;
    const ma = margins.get(a) ?? [0, 0];
    ma[0]++;
    margins.set(a, ma);
    const mb = margins.get(b) ?? [0, 0];
    mb[1]++;
    margins.set(b, mb);
  }
  const observed = same / n;
  let chance = 0;
  for (const [ca, cb] of margins.values()) chance += (ca / n) * (cb / n);
  const kappa = chance >= 1 ? NaN : (observed - chance) / (1 - chance);
  return { observed, chance, kappa };
}

/**
 * Pearson's r; NaN with fewer than 3 pairs or when either side does not vary.
 * @param {readonly number[]} xs
 * @param {readonly number[]} ys
 */
export function pearson(xs, ys) {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += /** @type {number} */ (xs[i]);
    my += /** @type {number} */ (ys[i]);
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = /** @type {number} */ (xs[i]) - mx;
    const dy = /** @type {number} */ (ys[i]) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

/**
 * Mean share of the top three careers found in both lists (|A ∩ B| / 3).
 * @param {readonly (readonly [readonly string[], readonly string[]])[]} pairs
 */
export function topOverlap(pairs, size = 3) {
  if (pairs.length === 0) return NaN;
  let total = 0;
  for (const [a, b] of pairs) {
    const top = new Set(a.slice(0, size));
    total += new Set(b.slice(0, size).filter((c) => top.has(c))).size / size;
  }
  return total / pairs.length;
}

/**
 * Every figure of the pilot from the two exports (readExport of each file).
 * @param {import('./pilot-stats.d.mts').PilotExport} first
 * @param {import('./pilot-stats.d.mts').PilotExport} second
 * @returns {import('./pilot-stats.d.mts').PilotReport}
 */
export function pilotReport(first, second) {
  const matching = matchStudents(first.students, second.students);
  const { pairs } = matching;
  const firstCareers = pairs.map(
    (p) => /** @type {[string, string]} */ ([p.first.careers[0], p.second.careers[0]]),
  );
  const { observed, kappa } = cohenKappa(firstCareers);
  const scales = first.scales
    .filter((s) => second.scales.includes(s))
    .map((scale) => {
      const both = pairs.flatMap((p) => {
        const a = p.first.scores[scale];
        const b = p.second.scores[scale];
        return a == null || b == null ? [] : [[a, b]];
      });
      return {
        scale,
        n: both.length,
        r: pearson(
          both.map((x) => /** @type {number} */ (x[0])),
          both.map((x) => /** @type {number} */ (x[1])),
        ),
      };
    });
  return {
    matching,
    matched: pairs.length,
    sameFirst: firstCareers.filter(([a, b]) => a === b).length,
    top1Agreement: observed,
    kappa,
    top3Overlap: topOverlap(pairs.map((p) => [p.first.careers, p.second.careers])),
    scales,
    onlyFirstScales: first.scales.filter((s) => !second.scales.includes(s)),
    onlySecondScales: second.scales.filter((s) => !first.scales.includes(s)),
    skippedFirst: first.skipped,
    skippedSecond: second.skipped,
  };
}

/** Reference points: the O*NET Interest Profiler short form's published retest figures (2010). */
export const REFERENCE = { kappa: 0.74, rLow: 0.78, rHigh: 0.86 };

/** @param {number} x */
const two = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

/**
 * One line a counselor can read: what the figures say, against the reference, and how much
 * weight this many students can carry.
 * @param {import('./pilot-stats.d.mts').PilotReport} report
 */
export function plainReading(report) {
  const { matched, sameFirst, kappa } = report;
  const parts = [
    `For ${sameFirst} of ${matched} students (${Math.round(report.top1Agreement * 100)}%) the top career was the same both times`,
  ];
  if (Number.isFinite(kappa)) {
    const against =
      kappa >= REFERENCE.kappa
        ? 'at or above'
        : kappa >= REFERENCE.kappa - 0.1
          ? 'a little below'
          : 'well below';
    parts[0] += ` (κ ${two(kappa)}, ${against} the ${REFERENCE.kappa} the O*NET Interest Profiler reports)`;
  }
  const rs = report.scales
    .map((s) => s.r)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (rs.length > 0) {
    const low = rs.filter((r) => r < REFERENCE.rLow).length;
    parts.push(
      `scale scores held at r ${two(/** @type {number} */ (rs[0]))}–${two(/** @type {number} */ (rs.at(-1)))}` +
        (low > 0
          ? `, ${low} of ${rs.length} below the reference ${REFERENCE.rLow}`
          : `, within or above the reference ${REFERENCE.rLow}–${REFERENCE.rHigh}`),
    );
  }
  const caution =
    matched < 30
      ? `with ${matched} students these figures are rough, so treat them as a first look`
      : 'a pilot shows stability, not whether the careers suit the students';
  return `${parts.join('; ')}; ${caution}.`;
}

/**
 * @param {import('./pilot-stats.d.mts').PilotStudent} s
 */
const who = (s) =>
  s.name
    ? `${s.name}${s.group ? ` (${s.group})` : ''}`
    : `row ${s.row} (no name, code ${s.code.slice(0, 10)}…)`;

/**
 * Who was matched, and who could not be: the lines under "Matched students".
 * @param {import('./pilot-stats.d.mts').PilotReport} report
 * @param {string} firstName
 * @param {string} secondName
 */
export function formatMatching(report, firstName, secondName) {
  const { matching } = report;
  const byCode = matching.pairs.filter((p) => p.by === 'code').length;
  const lines = [
    `Matched students: ${report.matched}` +
      (byCode > 0
        ? ` (${report.matched - byCode} by name and group, ${byCode} by identical result code)`
        : ''),
  ];
  /** @type {[string, import('./pilot-stats.d.mts').PilotStudent[]][]} */
  const unmatched = [
    [firstName, matching.unmatchedFirst],
    [secondName, matching.unmatchedSecond],
  ];
  for (const [file, list] of unmatched) {
    if (list.length > 0)
      lines.push(`  Only in ${file} (${list.length}): ${list.map(who).join('; ')}`);
  }
  for (const { first, second } of matching.ambiguous) {
    const [one] = [...first, ...second];
    if (!one) continue;
    lines.push(
      `  Left out, on more than one row (same name and group, or same code): ${who(one)}: ` +
        `${first.length} in ${firstName}, ${second.length} in ${secondName}`,
    );
  }
  /** @type {[string, number[]][]} */
  const skipped = [
    [firstName, report.skippedFirst],
    [secondName, report.skippedSecond],
  ];
  for (const [file, rows] of skipped) {
    if (rows.length > 0)
      lines.push(`  Rows with no career in ${file}, left out: ${rows.join(', ')}`);
  }
  if (byCode > 0) {
    lines.push(
      '  (A code matches only identical answers, so code matches make the figures look steadier.)',
    );
  }
  return lines;
}

/**
 * The whole printout.
 * @param {import('./pilot-stats.d.mts').PilotReport} report
 * @param {string} firstName
 * @param {string} secondName
 */
export function formatReport(report, firstName, secondName) {
  const lines = [
    `CareerFit pilot: ${firstName} → ${secondName}`,
    '',
    ...formatMatching(report, firstName, secondName),
  ];
  lines.push(
    '',
    `Top-1 agreement:        ${Math.round(report.top1Agreement * 100)}% (${report.sameFirst} of ${report.matched})`,
    `Cohen's κ, 1st career:  ${two(report.kappa)}`,
    `Top-3 overlap:          ${two(report.top3Overlap)} (mean share of the top three found both times)`,
    '',
    'Scale retest (Pearson r):',
  );
  const width = Math.max(0, ...report.scales.map((s) => s.scale.length));
  for (const { scale, n, r } of report.scales) {
    lines.push(`  ${scale.padEnd(width)}  r = ${two(r).padStart(5)}  (n = ${n})`);
  }
  if (report.scales.length === 0) lines.push('  (no scale appears in both files)');
  if (report.onlyFirstScales.length > 0 || report.onlySecondScales.length > 0) {
    lines.push(
      `  Scales in one file only (a different quiz version?): ${[...report.onlyFirstScales, ...report.onlySecondScales].join(', ')}`,
    );
  }
  lines.push('', `Reading: ${plainReading(report)}`);
  return lines.join('\n');
}
