import { TRAIT_IDS, type TraitId } from './traits';
import type { Answers, LikertValue, Question } from './types';

export interface TraitScore {
  /** 0–100; 50 when no answered item measured the trait. */
  score: number;
  /** How many answered items measured it. */
  answered: number;
}

export type TraitProfile = Record<TraitId, TraitScore>;

/** A profile to rank: any trait left out counts as neutral (50). */
export type ProfileInput = Partial<Record<TraitId, Pick<TraitScore, 'score'>>>;

export const NEUTRAL_SCORE = 50;

export function isLikertValue(value: unknown): value is LikertValue {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/** The answer turned so that 5 always means "more of the item's trait". */
export function keyedValue(question: Question, value: LikertValue): LikertValue {
  return question.reverse ? ((6 - value) as LikertValue) : value;
}

/** Fewest answers on balanced scales (those with reverse-keyed items) to estimate acquiescence. */
export const MIN_BALANCED_ANSWERS = 8;

/**
 * How far this student agrees with everything, in answer points: the mean raw answer, minus the
 * middle (3), over the scales whose items are half forward and half reverse-keyed. A student who
 * really is organized agrees with "I plan my week" and disagrees with "I leave things to the last
 * minute", which averages out; one who agrees with both is agreeing, not organized.
 */
export function acquiescence(questions: readonly Question[], answers: Answers): number {
  const balanced = new Set(questions.filter((q) => q.reverse).map((q) => q.trait));
  const raws = questions
    .filter((q) => balanced.has(q.trait))
    .map((q) => answers[q.id])
    .filter(isLikertValue);
  if (raws.length < MIN_BALANCED_ANSWERS) return 0;
  return raws.reduce((a, b) => a + b, 0) / raws.length - 3;
}

/**
 * Turns answers into a 0–100 score per scale: each raw answer less the student's acquiescence,
 * keyed (5 = more of the scale), averaged over the scale's items and mapped from 1–5 onto 0–100.
 * Unanswered items (and answers to items not in `questions`) are left out; a scale with no
 * answered item scores 50 and counts 0 answered.
 */
export function scoreAnswers(questions: readonly Question[], answers: Answers): TraitProfile {
  const bias = acquiescence(questions, answers);
  const sums = new Map<TraitId, { total: number; answered: number }>();
  for (const question of questions) {
    const value = answers[question.id];
    if (!isLikertValue(value)) continue;
    const raw = Math.min(5, Math.max(1, value - bias));
    const keyed = question.reverse ? 6 - raw : raw;
    const entry = sums.get(question.trait) ?? { total: 0, answered: 0 };
    entry.total += keyed;
    entry.answered += 1;
    sums.set(question.trait, entry);
  }
  const profile = {} as TraitProfile;
  for (const trait of TRAIT_IDS) {
    const entry = sums.get(trait);
    profile[trait] = entry
      ? { score: round1(((entry.total / entry.answered - 1) / 4) * 100), answered: entry.answered }
      : { score: NEUTRAL_SCORE, answered: 0 };
  }
  return profile;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
