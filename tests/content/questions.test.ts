import { describe, expect, it } from 'vitest';
import { TRAIT_IDS, traitKind } from '../../src/domain';
import { contentProblems, questionSchema } from '../../src/domain/content-schema';
import { QUESTIONS } from '../../src/content/questions';

describe('questions content', () => {
  it('parses against the schema', () => {
    expect(contentProblems('src/content/questions.ts', QUESTIONS, questionSchema)).toEqual([]);
  });

  it('has one short screen per question, at most 48, with unique ids', () => {
    expect(QUESTIONS.length).toBeLessThanOrEqual(48);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
  });

  it.each(TRAIT_IDS)('measures %s with four items of its own', (trait) => {
    expect(QUESTIONS.filter((q) => q.trait === trait)).toHaveLength(4);
  });

  it.each(TRAIT_IDS.filter((t) => traitKind(t) !== 'interest'))(
    'balances %s: two items agree with the scale, two disagree',
    (trait) => {
      const items = QUESTIONS.filter((q) => q.trait === trait);
      expect(items.filter((q) => q.reverse)).toHaveLength(2);
    },
  );

  it.each([
    [/code.*diagnos/i],
    [/(tools|calm).*(exam|patient)/i],
    [/(measure|label).*(prescription|medicine|pills)/i],
    [/type.*(recorded|recording|notes)/i],
    [/file.*records/i],
  ])('includes an activity item from the article duties matching %s', (pattern) => {
    expect(QUESTIONS.some((q) => q.kind === 'activity' && pattern.test(q.text))).toBe(true);
  });

  it('never puts two items on the same trait back to back', () => {
    for (let i = 1; i < QUESTIONS.length; i++)
      expect(QUESTIONS[i]!.trait, QUESTIONS[i]!.id).not.toBe(QUESTIONS[i - 1]!.trait);
  });
});
