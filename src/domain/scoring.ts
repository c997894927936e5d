import { TRAIT_IDS, type TraitId } from './traits';
import type { Answers, LikertValue, Question } from './types';

export interface TraitScore {
  /** 0–100; 50 when no answered item measured the trait. */
  score: number;
  /** How many answered items measured it (primary or secondary). */
  answered: number;
}

export type TraitProfile = Record<TraitId, TraitScore>;

/** A profile to rank: any trait left out counts as neutral (50). */
export type ProfileInput = Partial<Record<TraitId, Pick<TraitScore, 'score'>>>;

export const NEUTRAL_SCORE = 50;
const SECONDARY_WEIGHT = 0.5;

export function isLikertValue(value: unknown): value is LikertValue {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/** The answer turned so that 5 always means "more of the item's trait". */
export function keyedValue(question: Question, value: LikertValue): LikertValue {
  return question.reverse ? ((6 - value) as LikertValue) : value;
}

/**
 * Turns answers into a 0–100 score per trait: the weighted mean of the keyed answers
 * (primary trait weight 1, secondary traits ½), mapped from 1–5 onto 0–100.
 * Unanswered items are left out; a trait with no answered item scores 50.
 */
export function scoreAnswers(questions: readonly Question[], answers: Answers): TraitProfile {
  const sums = new Map<TraitId, { total: number; weight: number; answered: number }>();
  const add = (trait: TraitId, value: number, weight: number) => {
    const entry = sums.get(trait) ?? { total: 0, weight: 0, answered: 0 };
    entry.total += value * weight;
    entry.weight += weight;
    entry.answered += 1;
    sums.set(trait, entry);
  };
  for (const question of questions) {
    const value = answers[question.id];
    if (!isLikertValue(value)) continue;
    const keyed = keyedValue(question, value);
    add(question.trait, keyed, 1);
    for (const trait of question.also ?? []) add(trait, keyed, SECONDARY_WEIGHT);
  }
  const profile = {} as TraitProfile;
  for (const trait of TRAIT_IDS) {
    const entry = sums.get(trait);
    profile[trait] = entry
      ? { score: round1(((entry.total / entry.weight - 1) / 4) * 100), answered: entry.answered }
      : { score: NEUTRAL_SCORE, answered: 0 };
  }
  return profile;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
