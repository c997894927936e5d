import { CAREER_IDS, decide, recommend } from '../../src/domain';
import type { CareerId, ConfidenceLevel, LikertValue, Verdict } from '../../src/domain';
import { fleschKincaidGrade } from '../../src/domain/readability';
import { QUESTIONS } from '../../src/content/questions';
import { PERSONA_LIST, answersFor, type Persona } from '../personas';
import { acquiescence } from '../../src/domain/scoring';
import { answerAll, drawItems, drawStudent } from './latent';
import { mulberry32, type Rng } from './rng';
import { randomAnswers, straightLine } from './simulate';
import { column, cronbachAlpha } from './stats';

export interface PersonaResult {
  persona: Persona;
  verdict: Verdict;
  /** First career acceptable, or an acceptable career named in a stated tie for first. */
  acceptable: boolean;
  /** The first career alone is acceptable. */
  strict: boolean;
}

export function personaResults(): PersonaResult[] {
  return PERSONA_LIST.map((persona) => {
    const verdict = decide(QUESTIONS, answersFor(persona), null);
    if (persona.outcome) {
      const ok = verdict.outcome.kind === persona.outcome;
      return { persona, verdict, acceptable: ok, strict: ok };
    }
    const named = [verdict.primary, ...verdict.tiedWith].map((r) => r.careerId);
    const career = verdict.outcome.kind === 'career';
    return {
      persona,
      verdict,
      acceptable: career && named.some((id) => persona.acceptable.includes(id)),
      strict: career && persona.acceptable.includes(verdict.primary.careerId),
    };
  });
}

/** Careers no persona reaches as the first career shown. */
export function unreachable(results: readonly PersonaResult[]): CareerId[] {
  const firsts = new Set(
    results
      .filter((r) => r.verdict.outcome.kind === 'career')
      .map((r) => r.verdict.primary.careerId),
  );
  return CAREER_IDS.filter((id) => !firsts.has(id));
}

export function straightLineLevels(): {
  value: LikertValue;
  level: ConfidenceLevel;
  outcome: string;
}[] {
  return ([1, 2, 3, 4, 5] as const).map((value) => {
    const v = decide(QUESTIONS, straightLine(QUESTIONS, value), null);
    return { value, level: v.confidence.level, outcome: v.outcome.kind };
  });
}

export function randomConfidence(count: number, rng: Rng): Record<ConfidenceLevel, number> {
  const split: Record<ConfidenceLevel, number> = { low: 0, medium: 0, high: 0 };
  for (let i = 0; i < count; i++)
    split[decide(QUESTIONS, randomAnswers(QUESTIONS, rng), null).confidence.level] += 1;
  return split;
}

/** Each scale's item count and Cronbach's alpha over a simulated class's scored answers. */
export function scaleAlphas(size: number, seed: number) {
  const rng = mulberry32(seed);
  const items = drawItems(QUESTIONS, rng);
  // As the app scores them: each raw answer less the student's acquiescence, then keyed.
  const matrix = Array.from({ length: size }, () => {
    const answers = answerAll(QUESTIONS, items, drawStudent(rng), rng);
    const bias = acquiescence(QUESTIONS, answers);
    return QUESTIONS.map((q) => {
      const raw = Math.min(5, Math.max(1, (answers[q.id] as number) - bias));
      return q.reverse ? 6 - raw : raw;
    });
  });
  const traits = [...new Set(QUESTIONS.map((q) => q.trait))];
  return traits.map((trait) => {
    const cols = QUESTIONS.flatMap((q, j) => (q.trait === trait ? [column(matrix, j)] : []));
    return { trait, items: cols.length, alpha: cronbachAlpha(cols) };
  });
}

export function readingLevels(): { id: string; grade: number; text: string }[] {
  return QUESTIONS.map((q) => ({ id: q.id, grade: fleschKincaidGrade(q.text), text: q.text })).sort(
    (a, b) => b.grade - a.grade,
  );
}

/** Times `recommend` over `count` random answer sets (generated before the clock starts). */
export function speed(count: number, rng: Rng): { perSetMs: number } {
  const sets = Array.from({ length: count }, () => randomAnswers(QUESTIONS, rng));
  recommend(QUESTIONS, sets[0] ?? {});
  const start = performance.now();
  let sink = 0;
  for (const answers of sets) sink += recommend(QUESTIONS, answers).primary.fit;
  const totalMs = performance.now() - start;
  if (!Number.isFinite(sink)) throw new Error('recommend returned a non-finite fit');
  return { perSetMs: totalMs / count };
}
