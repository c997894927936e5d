import { describe, expect, it } from 'vitest';
import { mergeQuizProgress, sameProgress, type QuizProgress } from '../../src/store/quiz-merge';

const empty: QuizProgress = { answers: {}, educationPlan: null, stamps: {}, clearedAt: 0 };

describe('mergeQuizProgress', () => {
  it('keeps every question either tab answered', () => {
    const mine = { ...empty, answers: { 'q-a': 2 as const }, stamps: { 'q-a': 10 } };
    const theirs = { ...empty, answers: { 'q-b': 5 as const }, stamps: { 'q-b': 20 } };
    expect(mergeQuizProgress(mine, theirs)).toEqual({
      answers: { 'q-a': 2, 'q-b': 5 },
      educationPlan: null,
      stamps: { 'q-a': 10, 'q-b': 20 },
      clearedAt: 0,
    });
  });

  it('takes the later answer to the same question, whichever tab gave it', () => {
    const early = { ...empty, answers: { 'q-a': 1 as const }, stamps: { 'q-a': 10 } };
    const late = { ...empty, answers: { 'q-a': 4 as const }, stamps: { 'q-a': 30 } };
    expect(mergeQuizProgress(early, late).answers).toEqual({ 'q-a': 4 });
    expect(mergeQuizProgress(late, early).answers).toEqual({ 'q-a': 4 });
  });

  it('a start-over clears what was answered before it, in every tab, and nothing after it', () => {
    const mine = {
      ...empty,
      answers: { 'q-a': 1 as const, 'q-b': 3 as const },
      stamps: { 'q-a': 10, 'q-b': 60 },
      educationPlan: 'associate' as const,
    };
    mine.stamps = { ...mine.stamps, educationPlan: 15 } as typeof mine.stamps;
    const restarted = { ...empty, clearedAt: 50 };
    expect(mergeQuizProgress(mine, restarted)).toEqual({
      answers: { 'q-b': 3 },
      educationPlan: null,
      stamps: { 'q-b': 60 },
      clearedAt: 50,
    });
  });

  it('answers from before answer times existed (time 0) survive when nobody started over', () => {
    const old = { ...empty, answers: { 'q-a': 2 as const }, stamps: { 'q-a': 0 } };
    expect(mergeQuizProgress(empty, old).answers).toEqual({ 'q-a': 2 });
  });

  it('takes the later education plan', () => {
    const mine = { ...empty, educationPlan: 'certificate' as const, stamps: { educationPlan: 5 } };
    const theirs = { ...empty, educationPlan: 'bachelor' as const, stamps: { educationPlan: 9 } };
    expect(mergeQuizProgress(mine, theirs).educationPlan).toBe('bachelor');
    expect(mergeQuizProgress(theirs, mine).educationPlan).toBe('bachelor');
  });
});

describe('sameProgress', () => {
  it('tells a change in any answer, time, plan or start-over', () => {
    const a = { ...empty, answers: { 'q-a': 2 as const }, stamps: { 'q-a': 1 } };
    expect(sameProgress(a, { ...a })).toBe(true);
    expect(sameProgress(a, { ...a, answers: { 'q-a': 3 } })).toBe(false);
    expect(sameProgress(a, { ...a, stamps: { 'q-a': 2 } })).toBe(false);
    expect(sameProgress(a, { ...a, clearedAt: 1 })).toBe(false);
    expect(sameProgress(a, { ...a, educationPlan: 'associate' })).toBe(false);
  });
});
