/**
 * The traits the source article names for these careers. Wider than the quiz's scales (TraitId):
 * career pages describe them all; the quiz measures the ones a student can judge today.
 */
export const ARTICLE_TOPICS = [
  'organization',
  'timeManagement',
  'detail',
  'analytical',
  'technology',
  'medicalVocabulary',
  'communication',
  'writing',
  'patientCare',
  'customerService',
  'handsOn',
  'independence',
  'leadership',
  'research',
] as const;

export type ArticleTopic = (typeof ARTICLE_TOPICS)[number];
