import { NEUTRAL_SCORE, type ProfileInput } from './scoring';
import { INTEREST_TRAIT_IDS, PREFERENCE_TRAIT_IDS, SKILL_TRAIT_IDS, type TraitId } from './traits';
import type { CareerProfile } from './types';

/** How much each part counts in a career's raw fit (README "How scoring works"). */
export const FIT_WEIGHTS = { interests: 1, skills: 0.5, preferences: 0.35 } as const;

/** Interest scores this close together (SD in points) carry no shape to compare. */
export const MIN_INTEREST_SPREAD = 6;

export function studentScore(profile: ProfileInput, trait: TraitId): number {
  const score = profile[trait]?.score;
  return typeof score === 'number' && Number.isFinite(score)
    ? Math.min(100, Math.max(0, score))
    : NEUTRAL_SCORE;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function interestSpread(profile: ProfileInput): number {
  const xs = INTEREST_TRAIT_IDS.map((t) => studentScore(profile, t));
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
}

/**
 * Each interest area's share of the profile-shape correlation between the student and the career
 * (they sum to Pearson's r, −1…1). Zero everywhere when the student's interests are flat.
 */
export function interestContributions(
  profile: ProfileInput,
  career: CareerProfile,
): Record<string, number> {
  const xs = INTEREST_TRAIT_IDS.map((t) => studentScore(profile, t));
  const ys = INTEREST_TRAIT_IDS.map((t) => career[t].level);
  const mx = mean(xs);
  const my = mean(ys);
  const dx = xs.map((x) => x - mx);
  const dy = ys.map((y) => y - my);
  const norm = Math.sqrt(dx.reduce((a, d) => a + d * d, 0) * dy.reduce((a, d) => a + d * d, 0));
  const flat = interestSpread(profile) < MIN_INTEREST_SPREAD || norm === 0;
  return Object.fromEntries(
    INTEREST_TRAIT_IDS.map((t, i) => [
      t,
      flat ? 0 : ((dx[i] as number) * (dy[i] as number)) / norm,
    ]),
  );
}

/** One skill's cost: how far the student falls short of the level, weighted by its importance. */
function skillCost(profile: ProfileInput, career: CareerProfile, trait: TraitId, total: number) {
  const t = career[trait];
  return (t.importance * Math.max(0, t.level - studentScore(profile, trait))) / total / 50;
}

/**
 * Each scale's part in a career's raw fit (they sum to rawFit): interest shape, skill shortfall
 * (one-sided: more than the job needs costs nothing), and preference distance (two-sided).
 */
export function fitParts(profile: ProfileInput, career: CareerProfile): Record<TraitId, number> {
  const parts = {} as Record<TraitId, number>;
  const interests = interestContributions(profile, career);
  for (const t of INTEREST_TRAIT_IDS) parts[t] = FIT_WEIGHTS.interests * (interests[t] ?? 0);
  const skillWeight = SKILL_TRAIT_IDS.reduce((sum, t) => sum + career[t].importance, 0);
  for (const t of SKILL_TRAIT_IDS)
    parts[t] = -FIT_WEIGHTS.skills * skillCost(profile, career, t, skillWeight);
  const prefWeight = PREFERENCE_TRAIT_IDS.reduce((sum, t) => sum + career[t].importance, 0);
  for (const t of PREFERENCE_TRAIT_IDS) {
    const target = career[t];
    parts[t] =
      (-FIT_WEIGHTS.preferences *
        target.importance *
        Math.abs(target.level - studentScore(profile, t))) /
      prefWeight /
      50;
  }
  return parts;
}

export function rawFit(profile: ProfileInput, career: CareerProfile): number {
  return Object.values(fitParts(profile, career)).reduce((a, b) => a + b, 0);
}

/** Pearson correlation between the student's interest profile and the career's (0 when flat). */
export function interestCongruence(profile: ProfileInput, career: CareerProfile): number {
  return Object.values(interestContributions(profile, career)).reduce((a, b) => a + b, 0);
}
