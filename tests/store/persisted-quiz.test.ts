import { describe, expect, it } from 'vitest';
import type { QuestionId } from '../../src/domain';
import { firstUnanswered, repairPersistedQuiz } from '../../src/store/persisted-quiz';

const IDS: QuestionId[] = ['q-a', 'q-b', 'q-c'];

describe('repairPersistedQuiz', () => {
  it.each([null, 42, 'text', [1, 2]])('calls %j unreadable and starts fresh', (raw) => {
    expect(repairPersistedQuiz(raw, IDS)).toEqual({
      state: { answers: {}, position: 0, educationPlan: null, stamps: {}, clearedAt: 0 },
      problem: 'unreadable',
    });
  });

  it('keeps a valid state as it is', () => {
    const raw = {
      answers: { 'q-a': 2, 'q-b': 5 },
      position: 2,
      educationPlan: 'associate',
      stamps: { 'q-a': 10, 'q-b': 20, educationPlan: 30 },
      clearedAt: 5,
    };
    expect(repairPersistedQuiz(raw, IDS)).toEqual({ state: raw, problem: null });
  });

  it('gives answers without a usable time the time 0 and keeps only times of kept answers', () => {
    const raw = {
      answers: { 'q-a': 2, 'q-b': 5 },
      position: 2,
      stamps: { 'q-a': -1, 'q-b': 'soon', 'q-c': 40, 'q-gone': 50 },
      clearedAt: Number.NaN,
    };
    expect(repairPersistedQuiz(raw, IDS).state).toMatchObject({
      stamps: { 'q-a': 0, 'q-b': 0 },
      clearedAt: 0,
    });
    expect(repairPersistedQuiz(raw, IDS).state.stamps).not.toHaveProperty('q-c');
  });

  it('drops answers to questions that no longer exist, says the quiz changed, and resumes at the first gap', () => {
    const raw = { answers: { 'q-a': 2, 'q-gone': 5 }, position: 3 };
    expect(repairPersistedQuiz(raw, IDS)).toEqual({
      state: {
        answers: { 'q-a': 2 },
        position: 1,
        educationPlan: null,
        stamps: { 'q-a': 0 },
        clearedAt: 0,
      },
      problem: 'quiz-changed',
    });
  });

  it('keeps the good answers and reports the bad ones', () => {
    const raw = { answers: { 'q-a': 2, 'q-b': 7, 'q-c': 'x' }, position: 1 };
    expect(repairPersistedQuiz(raw, IDS)).toEqual({
      state: {
        answers: { 'q-a': 2 },
        position: 1,
        educationPlan: null,
        stamps: { 'q-a': 0 },
        clearedAt: 0,
      },
      problem: 'dropped-answers',
    });
  });

  it.each([
    [-4, 0],
    [99, 4],
  ])('clamps position %d to %d', (position, expected) => {
    expect(repairPersistedQuiz({ answers: {}, position }, IDS).state.position).toBe(expected);
  });

  it('drops an unknown education plan and says so', () => {
    const raw = { answers: { 'q-a': 2 }, position: 1, educationPlan: 'phd-in-space' };
    expect(repairPersistedQuiz(raw, IDS)).toEqual({
      state: {
        answers: { 'q-a': 2 },
        position: 1,
        educationPlan: null,
        stamps: { 'q-a': 0 },
        clearedAt: 0,
      },
      problem: 'dropped-answers',
    });
  });

  it('resumes at the first unanswered question when the position is missing', () => {
    expect(repairPersistedQuiz({ answers: { 'q-a': 1 } }, IDS).state.position).toBe(1);
  });
});

describe('firstUnanswered', () => {
  it('is the education step when every question is answered but the plan is not', () => {
    expect(firstUnanswered({ 'q-a': 1, 'q-b': 1, 'q-c': 1 }, IDS)).toBe(3);
  });

  it('is the end when the plan is chosen too', () => {
    expect(firstUnanswered({ 'q-a': 1, 'q-b': 1, 'q-c': 1 }, IDS, 'bachelor')).toBe(4);
  });
});
