import { CAREER_IDS, type CareerId } from './careers';
import { CAREER_PROFILES } from './career-profiles';
import { NEUTRAL_SCORE, round1, type ProfileInput } from './scoring';
import { TRAIT_IDS, traitKind, type TraitId } from './traits';
import type { CareerProfile, TraitTarget } from './types';

export interface CareerFit {
  careerId: CareerId;
  /** 0–100: 100 means every important trait is where the job wants it. */
  fit: number;
}

export type FitBand = 'strong' | 'good' | 'exploring';

/** How far a student is from what the job asks on one trait, 0–100. */
export function traitDistance(trait: TraitId, score: number, target: TraitTarget): number {
  // Skills are one-sided: being better than a job needs costs nothing.
  if (traitKind(trait) === 'skill') return Math.max(0, target.level - score);
  return Math.abs(target.level - score);
}

export function studentScore(profile: ProfileInput, trait: TraitId): number {
  const score = profile[trait]?.score;
  return typeof score === 'number' && Number.isFinite(score)
    ? Math.min(100, Math.max(0, score))
    : NEUTRAL_SCORE;
}

/** A typical distance of 40 (far from the job on every trait) maps to a fit of 0. */
const DISTANCE_AT_ZERO_FIT = 40;

/** Importance-weighted mean distance over all traits, turned into a 0–100 fit. */
export function careerFit(profile: ProfileInput, careerProfile: CareerProfile): number {
  let weighted = 0;
  let weights = 0;
  for (const trait of TRAIT_IDS) {
    const target = careerProfile[trait];
    weighted += target.importance * traitDistance(trait, studentScore(profile, trait), target);
    weights += target.importance;
  }
  const meanDistance = weights === 0 ? 0 : weighted / weights;
  return round1(Math.max(0, 100 * (1 - meanDistance / DISTANCE_AT_ZERO_FIT)));
}

/**
 * All eight careers, best fit first. Ties keep the order of CAREER_IDS, which puts the
 * records technician role and its specializations ahead of the alternates.
 */
export function rankCareers(
  profile: ProfileInput,
  profiles: Readonly<Record<CareerId, CareerProfile>> = CAREER_PROFILES,
): CareerFit[] {
  return CAREER_IDS.map((careerId, order) => ({
    careerId,
    fit: careerFit(profile, profiles[careerId]),
    order,
  }))
    .sort((a, b) => b.fit - a.fit || a.order - b.order)
    .map(({ careerId, fit }) => ({ careerId, fit }));
}

export const FIT_BANDS: readonly { band: FitBand; min: number }[] = [
  { band: 'strong', min: 75 },
  { band: 'good', min: 60 },
  { band: 'exploring', min: 0 },
];

export function fitBand(fit: number): FitBand {
  return FIT_BANDS.find((entry) => fit >= entry.min)?.band ?? 'exploring';
}
