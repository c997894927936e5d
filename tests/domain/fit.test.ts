import { describe, expect, it } from 'vitest';
import {
  CAREER_IDS,
  CAREER_PROFILES,
  TRAIT_IDS,
  fitBand,
  rankCareers,
  type CareerId,
  type ProfileInput,
} from '../../src/domain';
import { careerZ, toCareerFit } from '../../src/domain/fit';
import { fitParts, interestCongruence, rawFit } from '../../src/domain/raw-fit';
import { referenceProfiles, referenceStats } from '../../src/domain/reference';

const flat = (score: number): ProfileInput =>
  Object.fromEntries(TRAIT_IDS.map((t) => [t, { score }])) as ProfileInput;

/** The profile a career asks for, exactly. */
const ideal = (id: CareerId): ProfileInput =>
  Object.fromEntries(TRAIT_IDS.map((t) => [t, { score: CAREER_PROFILES[id][t].level }]));

describe('rankCareers', () => {
  it('returns all eight careers once, best standing first, fits within 0–100', () => {
    const ranking = rankCareers(ideal('medical-assistant'));
    expect(ranking.map((r) => r.careerId).sort()).toEqual([...CAREER_IDS].sort());
    for (let i = 1; i < ranking.length; i++)
      expect(ranking[i - 1]!.standing).toBeGreaterThanOrEqual(ranking[i]!.standing);
    for (const r of ranking) {
      expect(r.fit).toBeGreaterThanOrEqual(0);
      expect(r.fit).toBeLessThanOrEqual(100);
    }
  });

  it('treats a missing or non-numeric trait as neutral 50', () => {
    const partial = { ...flat(50) } as Record<string, unknown>;
    delete partial.detail;
    partial.social = { score: Number.NaN };
    expect(rankCareers(partial as ProfileInput)).toEqual(rankCareers(flat(50)));
    expect(rankCareers({})).toEqual(rankCareers(flat(50)));
  });

  it.each(CAREER_IDS)('puts %s first for its own ideal profile', (id) => {
    expect(rankCareers(ideal(id))[0]?.careerId).toBe(id);
  });
});

describe('the fit model', () => {
  it('scores interests by shape: adding the same amount to every interest changes nothing', () => {
    const career = CAREER_PROFILES['cancer-registrar'];
    const interests = (by: number): ProfileInput => ({
      realistic: { score: 20 + by },
      investigative: { score: 60 + by },
      artistic: { score: 10 + by },
      social: { score: 40 + by },
      enterprising: { score: 15 + by },
      conventional: { score: 55 + by },
    });
    expect(interestCongruence(interests(0), career)).toBeCloseTo(
      interestCongruence(interests(30), career),
      10,
    );
    expect(interestCongruence(interests(0), career)).toBeGreaterThan(0.8);
  });

  it('gives flat interests no shape (congruence 0)', () => {
    expect(interestCongruence(flat(70), CAREER_PROFILES['medical-coder'])).toBe(0);
  });

  it('costs nothing for skills above the level a job needs, and costs falling short', () => {
    const career = CAREER_PROFILES['medical-records-technician'];
    const above = fitParts({ ...flat(50), detail: { score: 100 } }, career).detail;
    const at = fitParts({ ...flat(50), detail: { score: career.detail.level } }, career).detail;
    const below = fitParts({ ...flat(50), detail: { score: 0 } }, career).detail;
    expect(above).toBeCloseTo(0, 12);
    expect(at).toBeCloseTo(0, 12);
    expect(below).toBeLessThan(0);
  });

  it('counts a work preference in both directions', () => {
    const career = CAREER_PROFILES['medical-transcriptionist'];
    const level = career.independence.level;
    const far = fitParts({ independence: { score: level - 40 } }, career).independence;
    expect(fitParts({ independence: { score: level } }, career).independence).toBeCloseTo(0, 12);
    expect(far).toBeLessThan(0);
  });

  it('adds the parts up to the raw fit', () => {
    const p = ideal('pharmacy-technician');
    const career = CAREER_PROFILES['information-clerk'];
    const sum = Object.values(fitParts(p, career)).reduce((a, b) => a + b, 0);
    expect(rawFit(p, career)).toBeCloseTo(sum, 12);
  });

  it('standardizes every career against the same reference population (no head start)', () => {
    const people = referenceProfiles(500, 1);
    for (const id of CAREER_IDS) {
      const zs = people.map((p) => careerZ(p, id));
      const mean = zs.reduce((a, b) => a + b, 0) / zs.length;
      expect(Math.abs(mean), id).toBeLessThan(0.2);
    }
    expect(Object.keys(referenceStats()).sort()).toEqual([...CAREER_IDS].sort());
  });

  it('maps standardized scores onto the shown scale: 50 at the reference mean, never past 100', () => {
    expect(toCareerFit('medical-coder', 0)).toEqual({
      careerId: 'medical-coder',
      fit: 50,
      standing: 50,
    });
    expect(toCareerFit('medical-coder', 1).fit).toBeCloseTo(84.1, 1);
    expect(toCareerFit('medical-coder', 9).fit).toBe(100);
    expect(toCareerFit('medical-coder', 9).standing).toBe(230);
  });
});

describe('fitBand', () => {
  it.each([
    [100, 'strong'],
    [80, 'strong'],
    [79.9, 'good'],
    [65, 'good'],
    [64.9, 'exploring'],
    [0, 'exploring'],
  ] as const)('%d is %s', (fit, band) => {
    expect(fitBand(fit)).toBe(band);
  });
});
