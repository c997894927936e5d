import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/content/questions';
import { decide, recommend, TIE_GAP, type Answers, type LikertValue } from '../../src/domain';
import { allowedByPlan, outcomeFor, shownRanking } from '../../src/domain/decide';
import type { CareerFit } from '../../src/domain/fit';
import { scoreAnswers } from '../../src/domain/scoring';
import { PERSONAS, answersFor, personaByKey } from '../personas';

const all = (value: LikertValue): Answers =>
  Object.fromEntries(QUESTIONS.map((q) => [q.id, value]));

const fit = (careerId: CareerFit['careerId'], standing: number): CareerFit => ({
  careerId,
  fit: standing,
  standing,
});

describe('decide: the result that is shown', () => {
  it('shows the best career a short plan allows, any family, with the manager role as where it leads', () => {
    const ranking = [
      fit('health-services-manager', 90),
      fit('medical-assistant', 80),
      fit('medical-records-technician', 70),
    ];
    const shown = shownRanking(ranking, 'certificate');
    expect(shown.map((r) => r.careerId)).toEqual([
      'medical-assistant',
      'medical-records-technician',
      'health-services-manager',
    ]);
    expect(shownRanking(ranking, 'bachelor')).toEqual(ranking);
    expect(allowedByPlan('health-services-manager', 'associate')).toBe(false);
    expect(allowedByPlan('health-services-manager', 'unsure')).toBe(true);
  });

  it('for a manager-like student planning a certificate: another career first, the manager as growth path', () => {
    const answers = answersFor(PERSONAS.manager);
    const open = decide(QUESTIONS, answers, 'bachelor');
    expect(open.primary.careerId).toBe('health-services-manager');
    const short = decide(QUESTIONS, answers, 'certificate');
    expect(short.primary.careerId).not.toBe('health-services-manager');
    expect(short.growthPath?.careerId).toBe('health-services-manager');
    expect(short.shown[0]).toEqual(short.primary);
  });

  it('names careers within TIE_GAP standing points of the first as a tie, never past it', () => {
    for (const persona of [PERSONAS.coder, PERSONAS.recordsTech, PERSONAS.registrar]) {
      const v = decide(QUESTIONS, answersFor(persona), null);
      for (const t of v.tiedWith) expect(v.primary.standing - t.standing).toBeLessThan(TIE_GAP);
      const next = v.shown[1 + v.tiedWith.length];
      if (next) expect(v.primary.standing - next.standing).toBeGreaterThanOrEqual(TIE_GAP);
    }
  });

  it('computes confidence on the shown ranking: a stated tie is never "high"', () => {
    const v = decide(QUESTIONS, answersFor(personaByKey('recordsOrCare')), null);
    if (v.tiedWith.length > 0) expect(v.confidence.level).not.toBe('high');
  });
});

describe('decide: does this family fit you at all?', () => {
  it('says "no clear match" for middle answers everywhere, with low confidence', () => {
    const v = decide(QUESTIONS, all(3), null);
    expect(v.outcome).toEqual({ kind: 'no-clear-match' });
    expect(v.confidence.level).toBe('low');
  });

  it.each([1, 2, 4, 5] as const)('says "no clear match" for all %d (straight-lined)', (value) => {
    expect(decide(QUESTIONS, all(value), null).outcome.kind).toBe('no-clear-match');
  });

  it('says "no clear match" when fewer than half the questions are answered', () => {
    const answers = answersFor(PERSONAS.coder);
    const few = Object.fromEntries(Object.entries(answers).slice(0, 15));
    expect(decide(QUESTIONS, few, null).outcome.kind).toBe('no-clear-match');
    expect(decide(QUESTIONS, few, null).confidence.level).toBe('low');
  });

  it('tells an artistic student these careers may not suit them, naming their leanings', () => {
    const v = decide(QUESTIONS, answersFor(personaByKey('artist')), null);
    expect(v.outcome.kind).toBe('outside-family');
    if (v.outcome.kind === 'outside-family') expect(v.outcome.leanings).toContain('artistic');
  });

  it('keeps healthcare-leaning students in the family', () => {
    for (const persona of Object.values(PERSONAS)) {
      const profile = scoreAnswers(QUESTIONS, answersFor(persona));
      expect(outcomeFor(profile, 1).kind, persona.key).toBe('career');
    }
  });
});

describe('recommend', () => {
  it('adds explanations to the decision and lists every other shown career as an alternate', () => {
    const result = recommend(QUESTIONS, answersFor(PERSONAS.pharmacyTech));
    expect(result.primary.careerId).toBe('pharmacy-technician');
    expect(result.primary.group).toBe('alternate');
    expect(result.ranking).toHaveLength(8);
    expect(result.alternates).toHaveLength(7);
    expect(result.alternates.map((a) => a.careerId)).not.toContain('pharmacy-technician');
    expect(result.recordsRole.careerId).toBe('medical-records-technician');
    expect(result.strengths.length).toBeGreaterThan(0);
    for (const s of result.strengths) expect(s.effect).toBeGreaterThan(0);
    for (const g of result.gaps) expect(g.effect).toBeLessThan(0);
  });

  it.each([
    ['recordsTech', 'records'],
    ['coder', 'records'],
    ['registrar', 'records'],
    ['manager', 'growth'],
    ['clerk', 'alternate'],
  ] as const)('puts %s in the %s group', (key, group) => {
    expect(recommend(QUESTIONS, answersFor(PERSONAS[key])).primary.group).toBe(group);
  });

  it('never crashes on bad input: unknown ids, out-of-range values, an empty quiz', () => {
    const junk = { 'q-nope': 5, 'q-fix-bike': 9, 'q-neat-desk': 0 } as unknown as Answers;
    expect(recommend(QUESTIONS, junk).confidence.level).toBe('low');
    expect(recommend(QUESTIONS, {}).outcome.kind).toBe('no-clear-match');
  });
});
