// @ts-check
/*
 * npm run pilot -- first.csv second.csv
 *
 * Compares two dashboard CSV exports of the same class (a retest, e.g. two weeks apart): matches
 * the students and prints top-1 agreement, Cohen's κ on the first career, top-3 overlap and each
 * scale's retest correlation. Reads the two local files and nothing else; sends nothing anywhere.
 * Exits 1 with a message on input it cannot use.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  formatMatching,
  formatReport,
  pilotReport,
  PilotInputError,
  readExport,
} from './pilot-stats.mjs';

const USAGE = 'Usage: npm run pilot -- first.csv second.csv';
const MIN_MATCHED = 2;

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`pilot: ${message}`);
  process.exit(1);
}

/** @param {string} path */
function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    return fail(
      code === 'ENOENT' ? `no file at ${path}` : `${path} could not be read (${code ?? error})`,
    );
  }
}

const files = process.argv.slice(2);
if (files.length !== 2)
  fail(`give two CSV exports, the first session's and the second's.\n${USAGE}`);
const [firstPath, secondPath] = /** @type {[string, string]} */ (files);

/** @param {string} path */
function load(path) {
  const text = read(path);
  try {
    return readExport(text);
  } catch (error) {
    if (!(error instanceof PilotInputError)) throw error;
    return fail(`${path} is not a CareerFit dashboard export: ${error.message}`);
  }
}

const report = pilotReport(load(firstPath), load(secondPath));
const [firstName, secondName] = [basename(firstPath), basename(secondPath)];
if (report.matched < MIN_MATCHED) {
  console.error(formatMatching(report, firstName, secondName).join('\n'));
  fail(
    `only ${report.matched} student${report.matched === 1 ? '' : 's'} appear in both files; ` +
      `at least ${MIN_MATCHED} are needed. Check that both exports are of the same class and ` +
      'that names and groups were typed the same way.',
  );
}
console.log(formatReport(report, firstName, secondName));
