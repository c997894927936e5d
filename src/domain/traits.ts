/** Skills: what a job needs you to be good at. Having more than a job needs is never a penalty. */
export const SKILL_TRAIT_IDS = [
  'organization',
  'timeManagement',
  'detail',
  'analytical',
  'technology',
  'medicalVocabulary',
  'communication',
  'writing',
] as const;

/** Work preferences: what a job's days are like. A mismatch in either direction matters. */
export const PREFERENCE_TRAIT_IDS = [
  'patientCare',
  'customerService',
  'handsOn',
  'independence',
  'leadership',
  'research',
] as const;

export const TRAIT_IDS = [...SKILL_TRAIT_IDS, ...PREFERENCE_TRAIT_IDS] as const;

export type SkillTraitId = (typeof SKILL_TRAIT_IDS)[number];
export type PreferenceTraitId = (typeof PREFERENCE_TRAIT_IDS)[number];
export type TraitId = (typeof TRAIT_IDS)[number];
export type TraitKind = 'skill' | 'preference';

const SKILL_SET: ReadonlySet<string> = new Set(SKILL_TRAIT_IDS);
const TRAIT_SET: ReadonlySet<string> = new Set(TRAIT_IDS);

export function isTraitId(value: unknown): value is TraitId {
  return typeof value === 'string' && TRAIT_SET.has(value);
}

export function traitKind(id: TraitId): TraitKind {
  return SKILL_SET.has(id) ? 'skill' : 'preference';
}
