import { TRAIT_IDS, keyedValue } from '../../src/domain';
import type { Answers, CareerProfile, LikertValue, Question, TraitId } from '../../src/domain';
import { normal, randomInt, sample, type Rng } from './rng';

/** Rounds and clamps any number onto the 1–5 scale. */
export function toLikert(value: number): LikertValue {
  return Math.min(5, Math.max(1, Math.round(value))) as LikertValue;
}

/** The raw answer to give so that the item's keyed value is `keyed` (flipping is its own inverse). */
function rawFor(question: Question, keyed: LikertValue): LikertValue {
  return keyedValue(question, keyed);
}

export function randomAnswers(questions: readonly Question[], rng: Rng): Answers {
  return Object.fromEntries(questions.map((q) => [q.id, randomInt(rng, 1, 5) as LikertValue]));
}

export function straightLine(questions: readonly Question[], value: LikertValue): Answers {
  return Object.fromEntries(questions.map((q) => [q.id, value]));
}

/** Moves a random `share` of the answers one point up or down (clamped to 1–5). */
export function wobble(
  answers: Answers,
  questions: readonly Question[],
  rng: Rng,
  share = 0.2,
): Answers {
  const picked = sample(
    questions.map((q) => q.id),
    Math.round(share * questions.length),
    rng,
  );
  const out: Answers = { ...answers };
  for (const id of picked) {
    const value = out[id];
    if (value !== undefined) out[id] = toLikert(value + (rng() < 0.5 ? -1 : 1));
  }
  return out;
}

/**
 * Answers that sit as close as the scale allows to a career's own targets: for each item the value
 * whose keyed score ((k − 1) × 25) is nearest the target level, i.e. keyed k = round(level / 25) + 1.
 */
export function answersForProfile(questions: readonly Question[], profile: CareerProfile): Answers {
  return Object.fromEntries(
    questions.map((q) => [q.id, rawFor(q, toLikert(Math.round(profile[q.trait].level / 25) + 1))]),
  );
}

/**
 * One simulated respondent: a latent level (uniform 1–5) per trait; each item answered as
 * round(latent of its trait + N(0, noiseSd)) clamped to 1–5, flipped for reverse items.
 * Returns the keyed value of every item, in question order.
 */
export function simulateRespondent(
  questions: readonly Question[],
  rng: Rng,
  noiseSd: number,
): number[] {
  const latent = Object.fromEntries(TRAIT_IDS.map((t) => [t, 1 + 4 * rng()])) as Record<
    TraitId,
    number
  >;
  return questions.map((q) => {
    const raw = rawFor(q, toLikert(latent[q.trait] + noiseSd * normal(rng)));
    return keyedValue(q, raw);
  });
}
