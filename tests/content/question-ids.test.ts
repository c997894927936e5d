import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUIZ_STEPS } from '../../src/content/question-ids';
import { QUESTIONS } from '../../src/content/questions';

describe('QUESTION_IDS', () => {
  it('lists the questions of questions.ts, in the same order', () => {
    expect(QUESTION_IDS, 'update src/content/question-ids.ts to match questions.ts').toEqual(
      QUESTIONS.map((q) => q.id),
    );
  });

  it('has one more quiz step than questions: the education question', () => {
    expect(QUIZ_STEPS).toBe(QUESTIONS.length + 1);
  });
});
