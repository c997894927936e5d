/** Types for scripts/pilot-stats.mjs (plain JavaScript so it runs on Node with no build step). */

export declare class PilotInputError extends Error {}

export declare const REQUIRED_COLUMNS: readonly string[];
export declare const SCORE_PREFIX: string;
export declare const REFERENCE: { kappa: number; rLow: number; rHigh: number };

export interface PilotStudent {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  name: string;
  group: string;
  code: string;
  /** Career ids, recommendation first. */
  careers: string[];
  /** Scale id (the header without `score_`) → score, or null when empty. */
  scores: Record<string, number | null>;
}

export interface PilotExport {
  students: PilotStudent[];
  scales: string[];
  /** Row numbers with no career, left out. */
  skipped: number[];
}

export interface Pair {
  first: PilotStudent;
  second: PilotStudent;
  by: 'name' | 'code';
}

export interface Matching {
  pairs: Pair[];
  unmatchedFirst: PilotStudent[];
  unmatchedSecond: PilotStudent[];
  /** Rows sharing one name and group (or one code) within a file: left out of the pairs. */
  ambiguous: Ambiguous[];
}

/** The rows of each file holding one name and group (or code) when one file has several. */
export interface Ambiguous {
  first: PilotStudent[];
  second: PilotStudent[];
}

export interface ScaleRetest {
  scale: string;
  n: number;
  r: number;
}

export interface PilotReport {
  matching: Matching;
  matched: number;
  sameFirst: number;
  top1Agreement: number;
  kappa: number;
  top3Overlap: number;
  scales: ScaleRetest[];
  onlyFirstScales: string[];
  onlySecondScales: string[];
  skippedFirst: number[];
  skippedSecond: number[];
}

export declare function parseCsv(text: string): string[][];
export declare function normalizeKey(text: string): string;
export declare function readExport(text: string): PilotExport;
export declare function matchStudents(
  first: readonly PilotStudent[],
  second: readonly PilotStudent[],
): Matching;
export declare function cohenKappa(pairs: readonly (readonly [string, string])[]): {
  observed: number;
  chance: number;
  kappa: number;
};
export declare function pearson(xs: readonly number[], ys: readonly number[]): number;
export declare function topOverlap(
  pairs: readonly (readonly [readonly string[], readonly string[]])[],
  size?: number,
): number;
export declare function pilotReport(first: PilotExport, second: PilotExport): PilotReport;
export declare function plainReading(report: PilotReport): string;
export declare function formatMatching(
  report: PilotReport,
  firstName: string,
  secondName: string,
): string[];
export declare function formatReport(
  report: PilotReport,
  firstName: string,
  secondName: string,
): string;
