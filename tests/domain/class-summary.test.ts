import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeClass, summarizeStudent, type ClassResult } from '../../src/domain/class-summary';
import { EDUCATION_PLANS } from '../../src/domain/education';
import type { Answers } from '../../src/domain/types';
import { CAREER_IDS } from '../../src/domain/careers';
import { recommend } from '../../src/domain/recommend';
import { TRAIT_IDS } from '../../src/domain/traits';
import { QUESTIONS } from '../../src/content/questions';
import { PERSONAS, answersFor } from '../personas';

const result = (persona: keyof typeof PERSONAS, name: string | null = null): ClassResult => ({
  id: `id-${persona}-${name ?? ''}`,
  code: `c-${persona}`,
  name,
  group: null,
  payload: { answers: answersFor(PERSONAS[persona], QUESTIONS), educationPlan: null, group: 'G1' },
});

describe('summarizeClass', () => {
  it('is empty for no results', () => {
    const summary = summarizeClass(QUESTIONS, []);
    expect(summary.count).toBe(0);
    expect(summary.rows).toEqual([]);
    expect(summary.recommendations.every((r) => r.count === 0)).toBe(true);
    expect(summary.traits.every((t) => t.mean === 0 && t.sd === 0)).toBe(true);
  });

  it('counts each recommendation and lists every career', () => {
    const summary = summarizeClass(QUESTIONS, [
      result('coder'),
      result('coder', 'Second coder'),
      result('clerk'),
    ]);
    expect(summary.count).toBe(3);
    expect(summary.recommendations.map((r) => r.careerId)).toEqual([...CAREER_IDS]);
    const count = (id: string) => summary.recommendations.find((r) => r.careerId === id)?.count;
    expect(count('medical-coder')).toBe(2);
    expect(count('information-clerk')).toBe(1);
  });

  it('gives each student their top three, confidence and group', () => {
    const one = result('registrar', 'Ana');
    const [row] = summarizeClass(QUESTIONS, [one]).rows;
    const rec = recommend(QUESTIONS, one.payload.answers);
    expect(row).toMatchObject({
      code: 'c-registrar',
      name: 'Ana',
      group: 'G1',
      recommended: 'cancer-registrar',
      confidence: rec.confidence.level,
    });
    expect(row?.top).toHaveLength(3);
    expect(row?.top[0]).toMatchObject({ careerId: 'cancer-registrar', fit: rec.primary.fit });
  });

  it('computes trait means and population SD across students', () => {
    const a = result('coder');
    const b = result('assistant');
    const summary = summarizeClass(QUESTIONS, [a, b]);
    const pa = recommend(QUESTIONS, a.payload.answers).profile;
    const pb = recommend(QUESTIONS, b.payload.answers).profile;
    for (const trait of TRAIT_IDS) {
      const spread = summary.traits.find((t) => t.trait === trait);
      const [x, y] = [pa[trait].score, pb[trait].score];
      expect(spread?.mean).toBeCloseTo((x + y) / 2, 6);
      expect(spread?.sd).toBeCloseTo(Math.abs(x - y) / 2, 6);
    }
  });

  it('counts low-confidence results', () => {
    const blank: ClassResult = {
      id: 'id-blank',
      code: 'c-blank',
      name: null,
      group: null,
      payload: { answers: {}, educationPlan: null, group: null },
    };
    const summary = summarizeClass(QUESTIONS, [blank, result('coder')]);
    expect(summary.lowConfidence).toBe(1);
    expect(summary.rows[0]?.group).toBeNull();
  });
});

describe('summarizeStudent agrees with recommend()', () => {
  it('on random answers and education plans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), {
          minLength: QUESTIONS.length,
          maxLength: QUESTIONS.length,
        }),
        fc.option(fc.constantFrom(...EDUCATION_PLANS), { nil: null }),
        (values, educationPlan) => {
          const answers = Object.fromEntries(
            QUESTIONS.flatMap((q, i) => (values[i] ? [[q.id, values[i]]] : [])),
          ) as Answers;
          const rec = recommend(QUESTIONS, answers, { educationPlan });
          const { row, scores } = summarizeStudent(QUESTIONS, {
            id: 'id',
            code: 'c',
            name: null,
            group: null,
            payload: { answers, educationPlan, group: null },
          });
          expect(row.recommended).toBe(rec.primary.careerId);
          expect(row.top[0]?.fit).toBe(rec.primary.fit);
          expect(row.confidence).toBe(rec.confidence.level);
          for (const trait of TRAIT_IDS) expect(scores[trait]).toBe(rec.profile[trait].score);
        },
      ),
      { numRuns: 200 },
    );
  });
});
