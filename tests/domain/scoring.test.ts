import { describe, expect, it } from 'vitest';
import { TRAIT_IDS, scoreAnswers, type Answers, type Question } from '../../src/domain';

const q = (id: string, trait: Question['trait'], extra: Partial<Question> = {}): Question =>
  ({ id: `q-${id}`, kind: 'statement', text: id, trait, source: 'test', ...extra }) as Question;

const QUESTIONS: Question[] = [
  q('org-1', 'organization'),
  q('org-2', 'organization'),
  q('org-messy', 'organization', { reverse: true }),
  q('detail-1', 'detail', { also: ['organization'] }),
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

  it('counts secondary traits at half weight', () => {
    // organization: (5*1 + 1*0.5) / 1.5 = 3.667 -> 66.7
    const profile = scoreAnswers(QUESTIONS, { 'q-org-1': 5, 'q-detail-1': 1 });
    expect(profile.organization).toEqual({ score: 66.7, answered: 2 });
    expect(profile.detail).toEqual({ score: 0, answered: 1 });
  });

  it('ignores answers to unknown questions and values outside 1–5', () => {
    const answers = { 'q-nope': 5, 'q-org-1': 9, 'q-org-2': 4 } as unknown as Answers;
    expect(scoreAnswers(QUESTIONS, answers).organization).toEqual({ score: 75, answered: 1 });
  });
});
