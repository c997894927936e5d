import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  NEWER_VERSION,
  QUIZ_STATE_VERSION,
  migrateQuizState,
} from '../../src/store/migrations';

describe('migrateQuizState', () => {
  it('has one step for every version below the current one', () => {
    for (let v = 1; v < QUIZ_STATE_VERSION; v++)
      expect(MIGRATIONS[v], `step ${v}`).toBeTypeOf('function');
  });

  it('leaves a current-version state unchanged', () => {
    const state = { answers: { 'q-a': 3 }, position: 1 };
    expect(migrateQuizState(state, QUIZ_STATE_VERSION)).toBe(state);
  });

  it('refuses a state written by a newer version', () => {
    expect(migrateQuizState({}, QUIZ_STATE_VERSION + 1)).toBe(NEWER_VERSION);
  });

  it('refuses a non-integer version', () => {
    expect(migrateQuizState({}, 1.5)).toBe(NEWER_VERSION);
  });

  it('runs each step in order from the stored version to the target', () => {
    const steps = {
      1: (s: unknown) => ({ ...(s as object), one: true }),
      2: (s: unknown) => ({ ...(s as object), two: (s as { one?: boolean }).one === true }),
    };
    expect(migrateQuizState({}, 1, steps, 3)).toEqual({ one: true, two: true });
    expect(migrateQuizState({}, 2, steps, 3)).toEqual({ two: false });
  });
});
