import { describe, expect, it } from 'vitest';
import {
  CAREER_IDS,
  CAREER_PROFILES,
  TRAIT_IDS,
  careerFit,
  fitBand,
  rankCareers,
  type CareerId,
  type ProfileInput,
} from '../../src/domain';

const flat = (score: number): ProfileInput =>
  Object.fromEntries(TRAIT_IDS.map((t) => [t, { score }])) as ProfileInput;

/** The profile a career asks for, exactly. */
const ideal = (id: CareerId): ProfileInput =>
  Object.fromEntries(
    TRAIT_IDS.map((t) => [t, { score: CAREER_PROFILES[id][t].level }]),
  ) as ProfileInput;

describe('rankCareers', () => {
  it('returns all eight careers once, sorted by fit descending, fits within 0–100', () => {
    const ranking = rankCareers(flat(50));
    expect(ranking.map((r) => r.careerId).sort()).toEqual([...CAREER_IDS].sort());
    for (let i = 1; i < ranking.length; i++)
      expect(ranking[i - 1]!.fit).toBeGreaterThanOrEqual(ranking[i]!.fit);
    for (const r of ranking) {
      expect(r.fit).toBeGreaterThanOrEqual(0);
      expect(r.fit).toBeLessThanOrEqual(100);
    }
  });

  it('treats a missing profile as all-neutral', () => {
    expect(rankCareers({})).toEqual(rankCareers(flat(50)));
  });

  it('treats a missing or non-numeric trait as neutral 50', () => {
    const partial = { ...flat(50) } as Record<string, unknown>;
    delete partial.detail;
    partial.writing = { score: Number.NaN };
    expect(rankCareers(partial as ProfileInput)).toEqual(rankCareers(flat(50)));
  });

  it.each(CAREER_IDS)('puts %s first for its own ideal profile, with a fit of 100', (id) => {
    const [top] = rankCareers(ideal(id));
    expect(top).toEqual({ careerId: id, fit: 100 });
  });

  it('breaks ties in CAREER_IDS order, deterministically', () => {
    const same = Object.fromEntries(CAREER_IDS.map((id) => [id, CAREER_PROFILES['medical-coder']]));
    const ranking = rankCareers(flat(50), same as typeof CAREER_PROFILES);
    expect(ranking.map((r) => r.careerId)).toEqual([...CAREER_IDS]);
    expect(rankCareers(flat(50), same as typeof CAREER_PROFILES)).toEqual(ranking);
  });
});

describe('careerFit', () => {
  const coder = CAREER_PROFILES['medical-coder'];

  it('does not penalize skills above what the job needs', () => {
    const base = ideal('medical-coder');
    const better = { ...base, detail: { score: 100 }, technology: { score: 100 } };
    expect(careerFit(better, coder)).toBe(100);
  });

  it('penalizes skills below what the job needs', () => {
    const weaker = { ...ideal('medical-coder'), detail: { score: 20 } };
    expect(careerFit(weaker, coder)).toBeLessThan(100);
  });

  it('penalizes work preferences in both directions', () => {
    const base = ideal('medical-coder');
    const level = coder.independence.level;
    expect(careerFit({ ...base, independence: { score: level + 20 } }, coder)).toBeLessThan(100);
    expect(careerFit({ ...base, independence: { score: level - 20 } }, coder)).toBeLessThan(100);
  });

  it('clamps out-of-range scores', () => {
    expect(careerFit(flat(1000), coder)).toBe(careerFit(flat(100), coder));
  });
});

describe('fitBand', () => {
  it.each([
    [100, 'strong'],
    [75, 'strong'],
    [74.9, 'good'],
    [60, 'good'],
    [59.9, 'exploring'],
    [0, 'exploring'],
  ] as const)('puts %d in %s', (fit, band) => {
    expect(fitBand(fit)).toBe(band);
  });
});
