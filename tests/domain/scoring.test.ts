import { describe, expect, it } from 'vitest';
import { TRAIT_IDS, scoreAnswers, type Answers, type Question } from '../../src/domain';
import { acquiescence } from '../../src/domain/scoring';

const q = (id: string, trait: Question['trait'], extra: Partial<Question> = {}): Question =>
  ({ id: `q-${id}`, kind: 'statement', text: id, trait, source: 'test', ...extra }) as Question;

const QUESTIONS: Question[] = [
  q('org-1', 'organization'),
  q('org-2', 'organization'),
  q('org-messy', 'organization', { reverse: true }),
  q('detail-1', 'detail'),
];

describe('scoreAnswers', () => {
  it('returns every trait, neutral 50 with 0 answered when nothing is answered', () => {
    const profile = scoreAnswers(QUESTIONS, {});
    expect(Object.keys(profile).sort()).toEqual([...TRAIT_IDS].sort());
    for (const trait of TRAIT_IDS) expect(profile[trait]).toEqual({ score: 50, answered: 0 });
  });

  it.each<[string, Answers, number]>([
    ['all 5 on forward items', { 'q-org-1': 5, 'q-org-2': 5 }, 100],
    ['all 1 on forward items', { 'q-org-1': 1, 'q-org-2': 1 }, 0],
    ['middle answers', { 'q-org-1': 3, 'q-org-2': 3 }, 50],
    ['a reverse-keyed 1 counts as 5', { 'q-org-messy': 1 }, 100],
    ['a reverse-keyed 5 counts as 1', { 'q-org-messy': 5 }, 0],
    ['mixed 4 and 2 average to the middle', { 'q-org-1': 4, 'q-org-2': 2 }, 50],
  ])('maps %s to %d', (_name, answers, expected) => {
    expect(scoreAnswers(QUESTIONS, answers).organization.score).toBe(expected);
  });

  it('removes acquiescence: agreeing with a scale and its reverse-keyed opposite is not a high score', () => {
    const balanced: Question[] = [
      ...['a', 'b', 'c', 'd'].map((x) => q(`plan-${x}`, 'organization')),
      ...['a', 'b', 'c', 'd'].map((x) => q(`late-${x}`, 'organization', { reverse: true })),
    ];
    const agreeAll = Object.fromEntries(balanced.map((x) => [x.id, 5])) as Answers;
    expect(acquiescence(balanced, agreeAll)).toBe(2);
    expect(scoreAnswers(balanced, agreeAll).organization.score).toBe(50);
    const organized = Object.fromEntries(balanced.map((x) => [x.id, x.reverse ? 1 : 5])) as Answers;
    expect(acquiescence(balanced, organized)).toBe(0);
    expect(scoreAnswers(balanced, organized).organization.score).toBe(100);
  });

  it('estimates no acquiescence from fewer than MIN_BALANCED_ANSWERS answers', () => {
    expect(acquiescence(QUESTIONS, { 'q-org-1': 5, 'q-org-messy': 5 })).toBe(0);
  });

  it('ignores answers to unknown questions and values outside 1–5', () => {
    const answers = { 'q-nope': 5, 'q-org-1': 9, 'q-org-2': 4 } as unknown as Answers;
    expect(scoreAnswers(QUESTIONS, answers).organization).toEqual({ score: 75, answered: 1 });
  });
});
