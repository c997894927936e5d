import { CAREER_PROFILES } from './career-profiles';
import { GROWTH_PATH, careerGroup, type CareerGroup, type CareerId } from './careers';
import { isShortPlan, type EducationPlan } from './education';
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
  /**
   * Set when the manager role fit best but the student plans a short program: the primary
   * recommendation is then the best records-family job, and this is where it can lead.
   */
  growthPath: CareerFit | null;
  /** The records technician role's own fit, to compare an alternate against. */
  recordsRole: CareerFit;
  alternates: CareerFit[];
  strengths: TraitEffect[];
  gaps: TraitEffect[];
  confidence: Confidence;
}

const RECORDS_ROLE: CareerId = 'medical-records-technician';

export interface RecommendOptions {
  educationPlan?: EducationPlan | null;
}

/**
 * Which career to recommend from a ranking (best first): the leader, except that a student
 * planning a short program whose leader is the manager role gets the best records-family job
 * first, with the manager role as its `growthPath`. Shared by recommend() and the class summary.
 */
export function choosePrimary(
  ranking: readonly CareerFit[],
  educationPlan: EducationPlan | null | undefined,
): { primary: CareerFit; growthPath: CareerFit | null } {
  const leader = ranking[0] as CareerFit;
  if (leader.careerId !== GROWTH_PATH || !isShortPlan(educationPlan))
    return { primary: leader, growthPath: null };
  const firstJob = ranking.find((r) => careerGroup(r.careerId) === 'records') as CareerFit;
  return { primary: firstJob, growthPath: leader };
}

/**
 * The full result for one set of answers. The primary recommendation is the best-fitting career:
 * when the records technician role or one of its specializations leads it is a `records` result,
 * the manager role is the records role's `growth` path, anything else an `alternate`. The manager
 * role needs a bachelor's degree and experience, so a student planning a short program gets the
 * best records-family job first, with the manager role as where it leads.
 */
export function recommend(
  questions: readonly Question[],
  answers: Answers,
  options: RecommendOptions = {},
): Recommendation {
  const profile = scoreAnswers(questions, answers);
  const ranking = rankCareers(profile);
  const { primary: top, growthPath } = choosePrimary(ranking, options.educationPlan);
  const effects = traitEffects(profile, CAREER_PROFILES[top.careerId], questions, answers);
  const { strengths, gaps } = explainFit(effects);
  return {
    profile,
    ranking,
    primary: { ...top, band: fitBand(top.fit), group: careerGroup(top.careerId) },
    growthPath,
    recordsRole: ranking.find((r) => r.careerId === RECORDS_ROLE) as CareerFit,
    alternates: ranking.filter((r) => r.careerId !== top.careerId),
    strengths,
    gaps,
    confidence: assessConfidence(questions, answers, profile, ranking),
  };
}
