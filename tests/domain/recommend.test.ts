import { describe, expect, it } from 'vitest';
import { recommend, type Answers, type LikertValue } from '../../src/domain';
import { QUESTIONS } from '../../src/content/questions';
import { PERSONAS, answersFor } from '../personas';

const all = (value: LikertValue): Answers =>
  Object.fromEntries(QUESTIONS.map((q) => [q.id, value]));

describe('recommend', () => {
  it('returns the whole ranking, the primary first and the rest as alternates', () => {
    const result = recommend(QUESTIONS, answersFor(PERSONAS.pharmacyTech, QUESTIONS));
    expect(result.primary.careerId).toBe('pharmacy-technician');
    expect(result.primary.group).toBe('alternate');
    expect(result.ranking).toHaveLength(8);
    expect(result.alternates.map((a) => a.careerId)).not.toContain('pharmacy-technician');
    expect(result.alternates).toHaveLength(7);
    expect(result.recordsRole.careerId).toBe('medical-records-technician');
    expect(result.growthPath).toBeNull();
  });

  it.each([
    ['recordsTech', 'records'],
    ['coder', 'records'],
    ['registrar', 'records'],
    ['manager', 'growth'],
    ['clerk', 'alternate'],
  ] as const)('puts %s in the %s group', (key, group) => {
    expect(recommend(QUESTIONS, answersFor(PERSONAS[key], QUESTIONS)).primary.group).toBe(group);
  });

  it.each(['certificate', 'associate'] as const)(
    'presents the manager role as a growth path, not a first job, for a %s plan',
    (educationPlan) => {
      const result = recommend(QUESTIONS, answersFor(PERSONAS.manager, QUESTIONS), {
        educationPlan,
      });
      expect(result.primary.group).toBe('records');
      expect(result.growthPath?.careerId).toBe('health-services-manager');
      expect(result.ranking[0]?.careerId).toBe('health-services-manager');
      expect(result.alternates.map((a) => a.careerId)).toContain('health-services-manager');
    },
  );

  it.each(['bachelor', 'unsure', null] as const)(
    'keeps the manager role first for a %s plan',
    (educationPlan) => {
      const result = recommend(QUESTIONS, answersFor(PERSONAS.manager, QUESTIONS), {
        educationPlan,
      });
      expect(result.primary.careerId).toBe('health-services-manager');
      expect(result.growthPath).toBeNull();
    },
  );

  it('does not change a non-manager result for a short plan', () => {
    const answers = answersFor(PERSONAS.assistant, QUESTIONS);
    expect(recommend(QUESTIONS, answers, { educationPlan: 'certificate' }).primary).toEqual(
      recommend(QUESTIONS, answers).primary,
    );
  });

  it('explains a result with strengths that raised the fit and gaps that lowered it', () => {
    const { strengths, gaps } = recommend(
      QUESTIONS,
      answersFor(PERSONAS.transcriptionist, QUESTIONS),
    );
    expect(strengths.length).toBeGreaterThanOrEqual(2);
    expect(strengths.length).toBeLessThanOrEqual(3);
    for (const s of strengths) expect(s.effect).toBeGreaterThan(0);
    for (const g of gaps) expect(g.effect).toBeLessThan(0);
    expect(strengths.map((s) => s.trait)).toContain('writing');
    expect(strengths[0]?.evidence?.questionId).toMatch(/^q-/);
  });

  it('handles no answers at all: a neutral profile, low confidence', () => {
    const result = recommend(QUESTIONS, {});
    expect(result.ranking).toHaveLength(8);
    expect(result.confidence.level).toBe('low');
    expect(result.confidence.reasons).toContain('too-few-answers');
    expect(result.strengths).toEqual([]);
  });

  it.each([1, 2, 3, 4, 5] as const)('calls straight-lined answers (all %d) low confidence', (v) => {
    const { confidence } = recommend(QUESTIONS, all(v));
    expect(confidence.level).toBe('low');
    expect(confidence.reasons).toContain('straight-lined');
  });

  it('is deterministic', () => {
    const answers = answersFor(PERSONAS.coder, QUESTIONS);
    expect(recommend(QUESTIONS, answers)).toEqual(recommend(QUESTIONS, answers));
  });
});
