/** The shape version written by this build. Bump it with every change to PersistedQuiz. */
export const QUIZ_STATE_VERSION = 3;

export type Migration = (state: unknown) => unknown;

/**
 * One pure step per older version: MIGRATIONS[n] turns a version-n state into version n+1.
 * Add one (with a test against an old-shape fixture) whenever PersistedQuiz changes.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // v1 -> v2 added the education step; a finished v1 quiz (position = question count) now lands on it.
  1: (state) =>
    typeof state === 'object' && state !== null ? { ...state, educationPlan: null } : state,
  // v2 -> v3 added per-answer times for merging tabs; old answers count as given at time 0.
  2: (state) =>
    typeof state === 'object' && state !== null ? { ...state, stamps: {}, clearedAt: 0 } : state,
};

export const NEWER_VERSION = Symbol('newer-version');

/** Runs every step from `version` up to `target`; a state from a newer build is refused. */
export function migrateQuizState(
  state: unknown,
  version: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = QUIZ_STATE_VERSION,
): unknown {
  if (!Number.isInteger(version) || version > target) return NEWER_VERSION;
  let current = state;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    current = step ? step(current) : current;
  }
  return current;
}
