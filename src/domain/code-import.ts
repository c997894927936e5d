import { addCollected, isCollected, type Collected } from './collected';
import {
  canonicalText,
  decodeShareCode,
  type DecodeFailure,
  type QuestionSets,
  type SharePayload,
} from './share-code';

/** Why one pasted piece could not be imported, in words a counselor understands. */
export type ImportProblem = Exclude<DecodeFailure, 'empty'>;

export interface ImportedCode {
  code: string;
  payload: SharePayload;
  /** A name found beside the code (a CSV name column); null otherwise. */
  name: string | null;
}

/** One candidate: the text as given, and a name when the source had one. */
export interface ImportPiece {
  input: string;
  name?: string | null;
}

export interface CodeImport {
  good: ImportedCode[];
  bad: { input: string; reason: ImportProblem }[];
  /** The same student given more than once in this import, or already in `known`. */
  duplicates: string[];
}

const LINK = /#\/r\/([^\s?#/]+)/;

/** The code inside a share link (`…#/r/<code>`), or the text itself. */
export function extractCode(piece: string): string {
  const match = LINK.exec(piece);
  if (!match?.[1]) return piece.trim();
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** Pasted text cut into candidate codes: lines, spaces, commas and semicolons all separate. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((piece) => piece.trim())
    .filter(Boolean);
}

/**
 * Reads every code (or share link) in pasted text. Codes already in `known` count as duplicates,
 * so a paste never imports the same student twice.
 */
export function importCodes(
  text: string,
  sets: QuestionSets,
  currentVersion: number,
  known: Collected = new Map(),
): CodeImport {
  const pieces = splitCodes(text).map((input) => ({ input }));
  return importPieces(pieces, sets, currentVersion, known);
}

/**
 * Reads candidate codes one by one. With `ignoreNonCodes` (a CSV file, where most cells are
 * names, dates or answers) only cells that decode are kept and nothing is reported as bad. The
 * same code with two different names (two students who answered alike) is kept twice.
 */
export function importPieces(
  pieces: readonly ImportPiece[],
  sets: QuestionSets,
  currentVersion: number,
  known: Collected = new Map(),
  ignoreNonCodes = false,
): CodeImport {
  const result: CodeImport = { good: [], bad: [], duplicates: [] };
  // A copy to add to as the import goes; `known` stays as given.
  const seen = new Map([...known].map(([code, names]) => [code, [...names]]));
  for (const { input, name: given = null } of pieces) {
    const name = given === null ? null : canonicalText(given) || null;
    const code = extractCode(input);
    const decoded = decodeShareCode(code, sets, currentVersion);
    if (!decoded.ok) {
      if (decoded.reason !== 'empty' && !ignoreNonCodes)
        result.bad.push({ input, reason: decoded.reason });
      continue;
    }
    if (isCollected(seen, code, name)) {
      result.duplicates.push(code);
      continue;
    }
    addCollected(seen, code, name);
    result.good.push({ code, payload: decoded.payload, name });
  }
  return result;
}
