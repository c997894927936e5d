import { describe, expect, it } from 'vitest';
import { TRAIT_IDS } from '../../src/domain';
import { contentProblems, questionSchema } from '../../src/domain/content-schema';
import { QUESTIONS } from '../../src/content/questions';

describe('questions content', () => {
  it('parses against the schema', () => {
    expect(contentProblems('src/content/questions.ts', QUESTIONS, questionSchema)).toEqual([]);
  });

  it('has 24–36 questions with unique ids', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(24);
    expect(QUESTIONS.length).toBeLessThanOrEqual(36);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
  });

  it.each(TRAIT_IDS)('measures %s with at least 3 items, at least 2 of them primary', (trait) => {
    const primary = QUESTIONS.filter((q) => q.trait === trait).length;
    const secondary = QUESTIONS.filter((q) => q.also?.includes(trait)).length;
    expect(primary).toBeGreaterThanOrEqual(2);
    expect(primary + secondary).toBeGreaterThanOrEqual(3);
  });

  it('has reverse-keyed items on several traits', () => {
    const reversed = QUESTIONS.filter((q) => q.reverse);
    expect(reversed.length).toBeGreaterThanOrEqual(4);
    expect(new Set(reversed.map((q) => q.trait)).size).toBeGreaterThanOrEqual(4);
  });

  it.each([
    [/code.*diagnos/i],
    [/blood pressure/i],
    [/(measure|label).*(prescription|medicine|pills)/i],
    [/type.*(recorded|recording|notes)/i],
    [/front desk/i],
  ])('includes an activity item from the article duties matching %s', (pattern) => {
    expect(QUESTIONS.some((q) => q.kind === 'activity' && pattern.test(q.text))).toBe(true);
  });

  it('never puts two items on the same trait back to back', () => {
    for (let i = 1; i < QUESTIONS.length; i++)
      expect(QUESTIONS[i]!.trait, QUESTIONS[i]!.id).not.toBe(QUESTIONS[i - 1]!.trait);
  });
});
