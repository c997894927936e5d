import { GROWTH_PATH, type CareerId } from './careers';
import { CAREER_PROFILES } from './career-profiles';
import { assessConfidence, type Confidence } from './confidence';
import { isShortPlan, type EducationPlan } from './education';
import { rankCareers, type CareerFit } from './fit';
import { interestCongruence, interestSpread, MIN_INTEREST_SPREAD } from './raw-fit';
import { scoreAnswers, type TraitProfile } from './scoring';
import { INTEREST_TRAIT_IDS, type InterestTraitId } from './traits';
import type { Answers, Outcome, Question } from './types';

export interface Verdict {
  profile: TraitProfile;
  /** All eight careers, best fit first. */
  ranking: CareerFit[];
  /** The careers in the order the student sees them: those the education plan allows first. */
  shown: CareerFit[];
  primary: CareerFit;
  /** Careers within measurement error of the primary one, said plainly as a tie. */
  tiedWith: CareerFit[];
  /** The manager role, when it fit best but needs a longer program than the student plans. */
  growthPath: CareerFit | null;
  outcome: Outcome;
  /** Computed on `shown`: the result the student actually sees. */
  confidence: Confidence;
}

/**
 * Standing points (0.3 SD) within which two careers count as fitting about equally: about one
 * standard error of the gap between two careers in the simulated class (README, measurement error).
 */
export const TIE_GAP = 6;

/** Interest-shape correlation below which none of the eight careers matches a student's interests. */
export const FAMILY_MIN_CONGRUENCE = 0.25;

/** Careers the plan allows: the manager role needs a bachelor's degree and experience. */
export function allowedByPlan(careerId: CareerId, plan: EducationPlan | null | undefined): boolean {
  return !(careerId === GROWTH_PATH && isShortPlan(plan));
}

/** The ranking as shown: careers the plan allows in fit order, then the others. */
export function shownRanking(
  ranking: readonly CareerFit[],
  plan: EducationPlan | null | undefined,
): CareerFit[] {
  const allowed = ranking.filter((r) => allowedByPlan(r.careerId, plan));
  return [...allowed, ...ranking.filter((r) => !allowedByPlan(r.careerId, plan))];
}

function interestLeanings(profile: TraitProfile): InterestTraitId[] {
  return [...INTEREST_TRAIT_IDS].sort((a, b) => profile[b].score - profile[a].score).slice(0, 2);
}

export function outcomeFor(profile: TraitProfile, answeredShare: number): Outcome {
  if (answeredShare < 0.5 || interestSpread(profile) < MIN_INTEREST_SPREAD)
    return { kind: 'no-clear-match' };
  const best = Math.max(
    ...Object.values(CAREER_PROFILES).map((career) => interestCongruence(profile, career)),
  );
  const ranks = [...INTEREST_TRAIT_IDS].sort((a, b) => profile[b].score - profile[a].score);
  const conventionalRank = ranks.indexOf('conventional');
  if (best < FAMILY_MIN_CONGRUENCE && conventionalRank >= 3)
    return { kind: 'outside-family', leanings: interestLeanings(profile) };
  return { kind: 'career' };
}

/**
 * The whole decision for one set of answers, without explanations: shared by recommend() and the
 * class summary so a counselor sees what the student saw.
 */
export function decide(
  questions: readonly Question[],
  answers: Answers,
  educationPlan: EducationPlan | null | undefined,
): Verdict {
  const profile = scoreAnswers(questions, answers);
  const ranking = rankCareers(profile);
  const shown = shownRanking(ranking, educationPlan);
  const primary = shown[0] as CareerFit;
  const growthPath =
    primary.careerId !== GROWTH_PATH && ranking[0]?.careerId === GROWTH_PATH
      ? (ranking[0] as CareerFit)
      : null;
  const tiedWith = shown
    .slice(1)
    .filter(
      (r) => allowedByPlan(r.careerId, educationPlan) && primary.standing - r.standing < TIE_GAP,
    );
  const answered = questions.filter((q) => answers[q.id] !== undefined).length;
  const outcome = outcomeFor(profile, questions.length ? answered / questions.length : 0);
  const confidence = assessConfidence(questions, answers, profile, shown, tiedWith.length, outcome);
  return { profile, ranking, shown, primary, tiedWith, growthPath, outcome, confidence };
}
