export {
  TRAIT_IDS,
  INTEREST_TRAIT_IDS,
  SKILL_TRAIT_IDS,
  PREFERENCE_TRAIT_IDS,
  INTEREST_LETTER,
  isTraitId,
  traitKind,
  type TraitId,
  type TraitKind,
  type InterestTraitId,
} from './traits';
export {
  CAREER_IDS,
  RECORDS_FAMILY,
  GROWTH_PATH,
  isCareerId,
  careerGroup,
  type CareerId,
  type CareerGroup,
} from './careers';
export type * from './types';
export {
  scoreAnswers,
  keyedValue,
  isLikertValue,
  NEUTRAL_SCORE,
  type TraitProfile,
  type TraitScore,
  type ProfileInput,
} from './scoring';
export { rankCareers, careerFit, fitBand, FIT_BANDS, type CareerFit, type FitBand } from './fit';
export { CAREER_PROFILES } from './career-profiles';
export { traitEffects, explainFit, type TraitEffect } from './explain';
export { whyNot, type WhyNot, type TraitChange } from './why-not';
export {
  assessConfidence,
  CONFIDENCE_RULES,
  type Confidence,
  type ConfidenceLevel,
  type ConfidenceReason,
} from './confidence';
export { recommend, type Recommendation, type RecommendOptions } from './recommend';
export { decide, TIE_GAP, type Verdict } from './decide';
export { EDUCATION_PLANS, isEducationPlan, isShortPlan, type EducationPlan } from './education';
export {
  encodeShareCode,
  decodeShareCode,
  normalizeGroup,
  SHARE_FORMAT_VERSION,
  type SharePayload,
  type QuestionSets,
  type DecodeFailure,
  type DecodeResult,
} from './share-code';
export { parseEmbedParams, type EmbedParams } from './embed-params';
