import { careerGroup, type CareerGroup, type CareerId } from './careers';
import { type Confidence } from './confidence';
import { decide } from './decide';
import { type EducationPlan } from './education';
import { explainFit, traitEffects, type TraitEffect } from './explain';
import { fitBand, type CareerFit, type FitBand } from './fit';
import { type TraitProfile } from './scoring';
import type { Answers, Outcome, Question } from './types';

export interface Recommendation {
  profile: TraitProfile;
  /** All eight careers, best fit first. */
  ranking: CareerFit[];
  /** The careers in the order the student sees them (those the plan allows first). */
  shown: CareerFit[];
  primary: CareerFit & { band: FitBand; group: CareerGroup };
  /** Careers that fit about as well as the primary one: said as a tie, not a crown. */
  tiedWith: CareerFit[];
  /**
   * Set when the manager role fit best but the student plans a short program: the primary
   * recommendation is then the best career that plan allows, and this is where it can lead.
   */
  growthPath: CareerFit | null;
  /** The records technician role's own fit, to compare an alternate against. */
  recordsRole: CareerFit;
  /** Every career but the primary one, in the order shown. */
  alternates: CareerFit[];
  strengths: TraitEffect[];
  gaps: TraitEffect[];
  outcome: Outcome;
  confidence: Confidence;
}

const RECORDS_ROLE: CareerId = 'medical-records-technician';

export interface RecommendOptions {
  educationPlan?: EducationPlan | null;
}

/**
 * The full result for one set of answers: decide() (ranking, the career shown, ties, the "does
 * this family fit you" outcome, confidence on what is shown) plus the explanations.
 */
export function recommend(
  questions: readonly Question[],
  answers: Answers,
  options: RecommendOptions = {},
): Recommendation {
  const verdict = decide(questions, answers, options.educationPlan);
  const { primary } = verdict;
  const effects = traitEffects(verdict.profile, primary.careerId, questions, answers);
  const { strengths, gaps } = explainFit(effects);
  return {
    ...verdict,
    primary: { ...primary, band: fitBand(primary.fit), group: careerGroup(primary.careerId) },
    recordsRole: verdict.ranking.find((r) => r.careerId === RECORDS_ROLE) as CareerFit,
    alternates: verdict.shown.filter((r) => r.careerId !== primary.careerId),
    strengths,
    gaps,
  };
}
