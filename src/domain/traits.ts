/**
 * Interests: how much a student likes kinds of work (the six RIASEC areas O*NET rates every
 * occupation on). Scored as a profile *shape*: only which areas stand out matters, so a student
 * who agrees with everything gains nothing.
 */
export const INTEREST_TRAIT_IDS = [
  'realistic',
  'investigative',
  'artistic',
  'social',
  'enterprising',
  'conventional',
] as const;

/** Skills and work styles: what a job needs you to be good at. More than a job needs is no penalty. */
export const SKILL_TRAIT_IDS = ['organization', 'detail', 'technology', 'communication'] as const;

/** Work preferences: what a job's days are like. A mismatch in either direction matters. */
export const PREFERENCE_TRAIT_IDS = ['independence'] as const;

export const TRAIT_IDS = [
  ...INTEREST_TRAIT_IDS,
  ...SKILL_TRAIT_IDS,
  ...PREFERENCE_TRAIT_IDS,
] as const;

export type InterestTraitId = (typeof INTEREST_TRAIT_IDS)[number];
export type SkillTraitId = (typeof SKILL_TRAIT_IDS)[number];
export type PreferenceTraitId = (typeof PREFERENCE_TRAIT_IDS)[number];
export type TraitId = (typeof TRAIT_IDS)[number];
export type TraitKind = 'interest' | 'skill' | 'preference';

const INTEREST_SET: ReadonlySet<string> = new Set(INTEREST_TRAIT_IDS);
const SKILL_SET: ReadonlySet<string> = new Set(SKILL_TRAIT_IDS);
const TRAIT_SET: ReadonlySet<string> = new Set(TRAIT_IDS);

export function isTraitId(value: unknown): value is TraitId {
  return typeof value === 'string' && TRAIT_SET.has(value);
}

export function traitKind(id: TraitId): TraitKind {
  if (INTEREST_SET.has(id)) return 'interest';
  return SKILL_SET.has(id) ? 'skill' : 'preference';
}

/** The RIASEC letter O*NET uses for an interest area. */
export const INTEREST_LETTER: Readonly<Record<InterestTraitId, string>> = {
  realistic: 'R',
  investigative: 'I',
  artistic: 'A',
  social: 'S',
  enterprising: 'E',
  conventional: 'C',
};
