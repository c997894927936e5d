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

  it('v1 -> v2 adds an empty education plan and keeps answers and position', () => {
    const v1 = { answers: { 'q-neat-desk': 4, 'q-spot-mistakes': 5 }, position: 36 };
    expect(migrateQuizState(v1, 1)).toEqual({
      ...v1,
      educationPlan: null,
      stamps: {},
      clearedAt: 0,
    });
  });

  it('v2 -> v3 adds empty answer times, keeping answers, plan and position', () => {
    const v2 = { answers: { 'q-neat-desk': 4 }, position: 1, educationPlan: 'associate' };
    expect(migrateQuizState(v2, 2)).toEqual({ ...v2, stamps: {}, clearedAt: 0 });
  });

  it('v1 -> v2 passes a broken state through for the repair step to judge', () => {
    expect(migrateQuizState('garbage', 1)).toBe('garbage');
  });

  it('leaves a current-version state unchanged', () => {
    const state = { answers: { 'q-a': 3 }, position: 1, educationPlan: null };
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
