import { CAREER_PROFILES } from './career-profiles';
import { careerGroup, type CareerGroup, type CareerId } from './careers';
import { assessConfidence, type Confidence } from './confidence';
import { explainFit, traitEffects, type TraitEffect } from './explain';
import { fitBand, rankCareers, type CareerFit, type FitBand } from './fit';
import { scoreAnswers, type TraitProfile } from './scoring';
import type { Answers, Question } from './types';

export interface Recommendation {
  profile: TraitProfile;
  /** All eight careers, best first. */
  ranking: CareerFit[];
  primary: CareerFit & { band: FitBand; group: CareerGroup };
  /** The records technician role's own fit, to compare an alternate against. */
  recordsRole: CareerFit;
  alternates: CareerFit[];
  strengths: TraitEffect[];
  gaps: TraitEffect[];
  confidence: Confidence;
}

const RECORDS_ROLE: CareerId = 'medical-records-technician';

/**
 * The full result for one set of answers. The primary recommendation is the best-fitting career:
 * when the records technician role or one of its specializations leads it is a `records` result,
 * the manager role is the records role's `growth` path, anything else an `alternate`.
 */
export function recommend(questions: readonly Question[], answers: Answers): Recommendation {
  const profile = scoreAnswers(questions, answers);
  const ranking = rankCareers(profile);
  const top = ranking[0] as CareerFit;
  const effects = traitEffects(profile, CAREER_PROFILES[top.careerId], questions, answers);
  const { strengths, gaps } = explainFit(effects);
  return {
    profile,
    ranking,
    primary: { ...top, band: fitBand(top.fit), group: careerGroup(top.careerId) },
    recordsRole: ranking.find((r) => r.careerId === RECORDS_ROLE) as CareerFit,
    alternates: ranking.slice(1),
    strengths,
    gaps,
    confidence: assessConfidence(questions, answers, profile, ranking),
  };
}
