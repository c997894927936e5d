import {
  CAREER_IDS,
  CAREER_PROFILES,
  TRAIT_IDS,
  rankCareers,
  recommend,
  scoreAnswers,
} from '../../src/domain';
import type {
  Answers,
  CareerFit,
  CareerId,
  ConfidenceLevel,
  LikertValue,
  TraitId,
} from '../../src/domain';
import { fleschKincaidGrade } from '../../src/domain/readability';
import { QUESTIONS } from '../../src/content/questions';
import { PERSONAS, answersFor, type Persona } from '../personas';
import type { Rng } from './rng';
import {
  answersForProfile,
  randomAnswers,
  simulateRespondent,
  straightLine,
  wobble,
} from './simulate';
import { column, cronbachAlpha, itemRestCorrelations, type ItemStat } from './stats';

/** What each eval check computes; model.eval.ts prints the figures and asserts the targets. */

const PERSONA_LIST: readonly { key: string; persona: Persona }[] = Object.entries(PERSONAS).map(
  ([key, persona]) => ({ key, persona }),
);

export function rank(answers: Answers): CareerFit[] {
  return rankCareers(scoreAnswers(QUESTIONS, answers));
}

export interface PersonaResult {
  key: string;
  expected: CareerId;
  ranking: CareerFit[];
}

export function personaResults(): PersonaResult[] {
  return PERSONA_LIST.map(({ key, persona }) => ({
    key,
    expected: persona.expected,
    ranking: rank(answersFor(persona, QUESTIONS)),
  }));
}

export interface Robustness {
  key: string;
  rate: number;
  /** The unwobbled leader's margin over the runner-up. */
  margin: number;
  /** Which careers took over when the top-1 changed, with counts. */
  flips: Partial<Record<CareerId, number>>;
}

/** Per persona: the share of `runs` wobbled re-answers whose top-1 matches the unwobbled top-1. */
export function robustness(runs: number, rng: Rng): Robustness[] {
  return PERSONA_LIST.map(({ key, persona }) => {
    const base = answersFor(persona, QUESTIONS);
    const [top, second] = rank(base);
    const flips: Partial<Record<CareerId, number>> = {};
    for (let i = 0; i < runs; i++) {
      const now = rank(wobble(base, QUESTIONS, rng))[0]?.careerId;
      if (now && now !== top?.careerId) flips[now] = (flips[now] ?? 0) + 1;
    }
    const changed = Object.values(flips).reduce((a, b) => a + b, 0);
    return { key, rate: 1 - changed / runs, margin: (top?.fit ?? 0) - (second?.fit ?? 0), flips };
  });
}

export function straightLineLevels(): { value: LikertValue; level: ConfidenceLevel }[] {
  return ([1, 2, 3, 4, 5] as const).map((value) => ({
    value,
    level: recommend(QUESTIONS, straightLine(QUESTIONS, value)).confidence.level,
  }));
}

export function confidenceSplit(count: number, rng: Rng): Record<ConfidenceLevel, number> {
  const split: Record<ConfidenceLevel, number> = { low: 0, medium: 0, high: 0 };
  for (let i = 0; i < count; i++)
    split[recommend(QUESTIONS, randomAnswers(QUESTIONS, rng)).confidence.level] += 1;
  return split;
}

export interface Reach {
  id: CareerId;
  personaHits: number;
  /** The ranking for answers built from the career's own target profile. */
  ranking: CareerFit[];
}

export function reachability(): Reach[] {
  const personaTops = personaResults().map((p) => p.ranking[0]?.careerId);
  return CAREER_IDS.map((id) => ({
    id,
    personaHits: personaTops.filter((top) => top === id).length,
    ranking: rank(answersForProfile(QUESTIONS, CAREER_PROFILES[id])),
  }));
}

export interface ItemStatistics {
  items: ItemStat[];
  alpha: { trait: TraitId; items: number; alpha: number }[];
}

export function itemStatistics(respondents: number, noiseSd: number, rng: Rng): ItemStatistics {
  const matrix = Array.from({ length: respondents }, () =>
    simulateRespondent(QUESTIONS, rng, noiseSd),
  );
  const alpha = TRAIT_IDS.map((trait) => {
    const cols = QUESTIONS.flatMap((q, j) => (q.trait === trait ? [column(matrix, j)] : []));
    return { trait, items: cols.length, alpha: cronbachAlpha(cols) };
  });
  return { items: itemRestCorrelations(QUESTIONS, matrix), alpha };
}

/** Every question's Flesch–Kincaid grade, hardest first. */
export function readingLevels(): { id: string; grade: number; text: string }[] {
  return QUESTIONS.map((q) => ({ id: q.id, grade: fleschKincaidGrade(q.text), text: q.text })).sort(
    (a, b) => b.grade - a.grade,
  );
}

/** Times `recommend` over `count` random answer sets (generated before the clock starts). */
export function speed(count: number, rng: Rng): { totalMs: number; perSetMs: number } {
  const sets = Array.from({ length: count }, () => randomAnswers(QUESTIONS, rng));
  const start = performance.now();
  let sink = 0;
  for (const answers of sets) sink += recommend(QUESTIONS, answers).primary.fit;
  const totalMs = performance.now() - start;
  if (!Number.isFinite(sink)) throw new Error('recommend returned a non-finite fit');
  return { totalMs, perSetMs: totalMs / count };
}
