import { describe, expect, it } from 'vitest';
import type { TraitEffect } from '../../../src/domain';
import {
  gapSentence,
  listPhrases,
  whySentence,
  withArticle,
} from '../../../src/features/results/result-copy';

const effect = (
  trait: TraitEffect['trait'],
  studentScore: number,
  careerLevel: number,
): TraitEffect => ({
  trait,
  effect: 1,
  studentScore,
  careerLevel,
  evidence: null,
});

describe('result copy', () => {
  it.each([
    ['Information clerk', 'an information clerk'],
    ['Medical coder', 'a medical coder'],
    ['Medical assistant', 'a medical assistant'],
  ])('puts the right article before %s', (title, expected) => {
    expect(withArticle(title)).toBe(expected);
  });

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('lists %j as %j', (phrases, expected) => {
    expect(listPhrases(phrases)).toBe(expected);
  });

  it('words a low work-preference score that fits as a preference, not a strength', () => {
    const sentence = whySentence([effect('patientCare', 10, 15)], 'Medical coder');
    expect(sentence).toContain("you'd rather not give hands-on care to patients");
    expect(sentence).toContain('a medical coder');
  });

  it('says a gap in a skill is something to build, and a preference gap by its direction', () => {
    expect(gapSentence(effect('detail', 30, 85))).toBe(
      'You could build up checking details carefully.',
    );
    expect(gapSentence(effect('patientCare', 90, 15))).toMatch(/^This job has less hands-on care/);
    expect(gapSentence(effect('independence', 10, 85))).toMatch(
      /^This job involves more working alone/,
    );
  });
});
