import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION, QUESTION_SETS } from '../../src/content/question-sets';
import { QUESTIONS } from '../../src/content/questions';

describe('question sets for result codes', () => {
  it('maps the current content version to the current questions, in order', () => {
    expect(
      QUESTION_SETS[CONTENT_VERSION],
      'Questions changed: freeze the old id list in src/content/question-sets.ts and bump CONTENT_VERSION',
    ).toEqual(QUESTIONS.map((q) => q.id));
  });

  it('keeps every older set non-empty with unique ids', () => {
    for (const [version, ids] of Object.entries(QUESTION_SETS)) {
      expect(ids.length, `version ${version}`).toBeGreaterThan(0);
      expect(new Set(ids).size, `version ${version}`).toBe(ids.length);
    }
  });
});
