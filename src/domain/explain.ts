import type { CareerId } from './careers';
import { CAREER_PROFILES } from './career-profiles';
import { FIT_POINTS_PER_SD } from './fit';
import { fitParts, studentScore } from './raw-fit';
import { referenceStats } from './reference';
import { NEUTRAL_SCORE, isLikertValue, keyedValue, round1, type ProfileInput } from './scoring';
import { TRAIT_IDS, type TraitId } from './traits';
import type { Answers, LikertValue, Question, QuestionId } from './types';

export interface TraitEffect {
  trait: TraitId;
  /** Fit points this trait added (positive) or cost (negative) against a neutral answerer. */
  effect: number;
  studentScore: number;
  careerLevel: number;
  /** The student's own answer that shows this trait most clearly, if any. */
  evidence: { questionId: QuestionId; value: LikertValue } | null;
}

const NEUTRAL: ProfileInput = {};

/**
 * Each scale's effect on one career's standing, in standing points, compared with someone who
 * answered 3 to everything; the effects add up to the difference between the two standings.
 */
export function traitEffects(
  profile: ProfileInput,
  careerId: CareerId,
  questions: readonly Question[],
  answers: Answers,
): TraitEffect[] {
  const careerProfile = CAREER_PROFILES[careerId];
  const own = fitParts(profile, careerProfile);
  const neutral = fitParts(NEUTRAL, careerProfile);
  const perPoint = FIT_POINTS_PER_SD / referenceStats()[careerId].sd;
  return TRAIT_IDS.map((trait) => {
    const target = careerProfile[trait];
    const score = studentScore(profile, trait);
    return {
      trait,
      effect: round1((own[trait] - neutral[trait]) * perPoint),
      studentScore: score,
      careerLevel: target.level,
      evidence: strongestAnswer(trait, score >= NEUTRAL_SCORE, questions, answers),
    };
  });
}

/** The answered item on this trait that leans furthest in the given direction. */
export function strongestAnswer(
  trait: TraitId,
  high: boolean,
  questions: readonly Question[],
  answers: Answers,
): TraitEffect['evidence'] {
  let best: TraitEffect['evidence'] = null;
  let bestLean = 0;
  for (const question of questions) {
    if (question.trait !== trait) continue;
    const value = answers[question.id];
    if (!isLikertValue(value)) continue;
    const lean = (keyedValue(question, value) - 3) * (high ? 1 : -1);
    if (lean > bestLean) {
      best = { questionId: question.id, value };
      bestLean = lean;
    }
  }
  return best;
}

/** The traits that raised a fit most (up to `strengths`) and lowered it most (up to `gaps`). */
export function explainFit(effects: readonly TraitEffect[], strengths = 3, gaps = 2) {
  const byGain = [...effects].sort((a, b) => b.effect - a.effect);
  return {
    strengths: byGain.filter((e) => e.effect > 0).slice(0, strengths),
    gaps: byGain
      .filter((e) => e.effect < 0)
      .reverse()
      .slice(0, gaps),
  };
}
