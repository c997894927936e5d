import type { Answers, LikertValue, Question } from '../../src/domain';
import { randomInt, type Rng } from './rng';

/** Rounds and clamps any number onto the 1–5 scale. */
export function toLikert(value: number): LikertValue {
  return Math.min(5, Math.max(1, Math.round(value))) as LikertValue;
}

export function randomAnswers(questions: readonly Question[], rng: Rng): Answers {
  return Object.fromEntries(questions.map((q) => [q.id, randomInt(rng, 1, 5) as LikertValue]));
}

export function straightLine(questions: readonly Question[], value: LikertValue): Answers {
  return Object.fromEntries(questions.map((q) => [q.id, value]));
}

/** A noisy copy: each answer moves one point up or down with probability `p` (clamped to 1–5). */
export function noisyCopy(
  answers: Answers,
  questions: readonly Question[],
  rng: Rng,
  p = 0.3,
): Answers {
  const out: Answers = { ...answers };
  for (const q of questions) {
    const value = out[q.id];
    if (value !== undefined && rng() < p) out[q.id] = toLikert(value + (rng() < 0.5 ? -1 : 1));
  }
  return out;
}

/** Every answer one point higher (5 stays 5): a student who agrees a little more with everything. */
export function shiftAll(answers: Answers, by = 1): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, v]) => [id, toLikert((v as number) + by)]),
  ) as Answers;
}
