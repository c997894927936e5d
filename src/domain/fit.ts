import { CAREER_IDS, type CareerId } from './careers';
import { CAREER_PROFILES } from './career-profiles';
import { rawFit } from './raw-fit';
import { referenceStats } from './reference';
import { round1, type ProfileInput } from './scoring';

export interface CareerFit {
  careerId: CareerId;
  /**
   * 0–100 as shown: how this career's fit for the student compares with what it gives a student
   * with no particular lean (the reference population): 50 the same, 84 one standard deviation
   * better, 98 two (the normal curve, so the scale never piles up at 100).
   */
  fit: number;
  /**
   * The same standing on an open-ended scale (50 + 20 per standard deviation, one decimal), used to
   * order careers and to measure gaps, so two very good fits are still told apart.
   */
  standing: number;
}

export type FitBand = 'strong' | 'good' | 'exploring';

/** How many standard deviations better than for the reference population this career fits. */
export function careerZ(profile: ProfileInput, careerId: CareerId): number {
  const { mean: m, sd } = referenceStats()[careerId];
  return (rawFit(profile, CAREER_PROFILES[careerId]) - m) / sd;
}

/** Points of `standing` per standard deviation. */
export const FIT_POINTS_PER_SD = 20;

/** The standard normal CDF (Abramowitz–Stegun 7.1.26 via erf; error below 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export function toCareerFit(careerId: CareerId, z: number): CareerFit {
  return {
    careerId,
    fit: round1(100 * normalCdf(z)),
    standing: round1(50 + FIT_POINTS_PER_SD * z),
  };
}

export function careerFit(profile: ProfileInput, careerId: CareerId): CareerFit {
  return toCareerFit(careerId, careerZ(profile, careerId));
}

/** All eight careers, best fit first; exact ties keep the order of CAREER_IDS. */
export function rankCareers(profile: ProfileInput): CareerFit[] {
  return CAREER_IDS.map((careerId, order) => ({ ...careerFit(profile, careerId), order }))
    .sort((a, b) => b.standing - a.standing || a.order - b.order)
    .map(({ careerId, fit, standing }) => ({ careerId, fit, standing }));
}

export const FIT_BANDS: readonly { band: FitBand; min: number }[] = [
  { band: 'strong', min: 80 },
  { band: 'good', min: 65 },
  { band: 'exploring', min: 0 },
];

export function fitBand(fit: number): FitBand {
  return FIT_BANDS.find((entry) => fit >= entry.min)?.band ?? 'exploring';
}
