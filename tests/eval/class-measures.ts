import { CAREER_IDS, TRAIT_IDS, decide, rankCareers } from '../../src/domain';
import type { Answers, CareerId, ConfidenceLevel, Verdict } from '../../src/domain';
import { QUESTIONS } from '../../src/content/questions';
import { answerAll, drawItems, drawStudent } from './latent';
import { mulberry32, type Rng } from './rng';
import { noisyCopy, randomAnswers, shiftAll } from './simulate';
import { chanceAgreement, cohensKappa } from './stats';

/** The shown first career, or null when the student is told something else first. */
export const firstCareer = (v: Verdict): CareerId | null =>
  v.outcome.kind === 'career' ? v.primary.careerId : null;

const judge = (answers: Answers) => decide(QUESTIONS, answers, null);

export interface Shares {
  top: { careerId: CareerId; share: number }[];
  maxShare: number;
  noClearMatch: number;
  outsideFamily: number;
}

export function shares(verdicts: readonly Verdict[]): Shares {
  const counts = new Map<CareerId, number>(CAREER_IDS.map((id) => [id, 0]));
  let noClear = 0;
  let outside = 0;
  for (const v of verdicts) {
    const first = firstCareer(v);
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
    if (v.outcome.kind === 'no-clear-match') noClear++;
    if (v.outcome.kind === 'outside-family') outside++;
  }
  const top = CAREER_IDS.map((careerId) => ({
    careerId,
    share: (counts.get(careerId) ?? 0) / verdicts.length,
  })).sort((a, b) => b.share - a.share);
  return {
    top,
    maxShare: top[0]?.share ?? 0,
    noClearMatch: noClear / verdicts.length,
    outsideFamily: outside / verdicts.length,
  };
}

export interface SimulatedClass {
  answers: Answers[];
  retest: Answers[];
  rng: Rng;
}

/** `size` simulated students, each answering twice (two independent answer sets). */
export function simulateClass(size: number, seed: number): SimulatedClass {
  const rng = mulberry32(seed);
  const items = drawItems(QUESTIONS, rng);
  const answers: Answers[] = [];
  const retest: Answers[] = [];
  for (let i = 0; i < size; i++) {
    const student = drawStudent(rng);
    answers.push(answerAll(QUESTIONS, items, student, rng));
    retest.push(answerAll(QUESTIONS, items, student, rng));
  }
  return { answers, retest, rng };
}

export const classShares = (c: SimulatedClass) => shares(c.answers.map(judge));

export function randomAnswererShares(count: number, rng: Rng) {
  return shares(Array.from({ length: count }, () => judge(randomAnswers(QUESTIONS, rng))));
}

/** Uniformly random scale scores, ranked directly (no items). */
export function uniformProfileShares(count: number, rng: Rng) {
  const counts = new Map<CareerId, number>(CAREER_IDS.map((id) => [id, 0]));
  for (let i = 0; i < count; i++) {
    const profile = Object.fromEntries(TRAIT_IDS.map((t) => [t, { score: 100 * rng() }]));
    const top = rankCareers(profile)[0]?.careerId as CareerId;
    counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  return Math.max(...counts.values()) / count;
}

/** Same shown result: the same first career, or one named in the other's stated tie. */
export function sameResult(a: Verdict, b: Verdict): boolean {
  const fa = firstCareer(a);
  const fb = firstCareer(b);
  if (fa === null || fb === null) return fa === fb;
  const setA = [fa, ...a.tiedWith.map((t) => t.careerId)];
  const setB = [fb, ...b.tiedWith.map((t) => t.careerId)];
  return setA.includes(fb) || setB.includes(fa);
}

export interface Retest {
  /** Cohen's κ on the first career shown (tie-blind: the strict figure). */
  kappa: number;
  /** κ counting a career named in a stated tie as the same result. */
  kappaTies: number;
  agreement: number;
  top3: number;
  byConfidence: Record<ConfidenceLevel, { n: number; agreement: number }>;
}

function top3(v: Verdict): CareerId[] {
  return v.shown.slice(0, 3).map((r) => r.careerId);
}

export function retest(firsts: readonly Answers[], seconds: readonly Answers[]): Retest {
  const a = firsts.map(judge);
  const b = seconds.map(judge);
  const labels = (vs: Verdict[]) => vs.map((v) => firstCareer(v) ?? 'none');
  const kappa = cohensKappa(labels(a), labels(b));
  const same = a.map((v, i) => sameResult(v, b[i] as Verdict));
  const agreement = same.filter(Boolean).length / a.length;
  // κ with tie-aware agreement: chance agreement from the same marginals as the strict κ.
  const chance = chanceAgreement(labels(a), labels(b));
  const kappaTies = (agreement - chance) / (1 - chance);
  const overlap =
    a.reduce((sum, v, i) => {
      const other = new Set(top3(b[i] as Verdict));
      return sum + top3(v).filter((id) => other.has(id)).length / 3;
    }, 0) / a.length;
  const byConfidence = {
    low: { n: 0, agreement: 0 },
    medium: { n: 0, agreement: 0 },
    high: { n: 0, agreement: 0 },
  };
  a.forEach((v, i) => {
    const bucket = byConfidence[v.confidence.level];
    bucket.n++;
    if (same[i]) bucket.agreement++;
  });
  for (const bucket of Object.values(byConfidence))
    bucket.agreement = bucket.n ? bucket.agreement / bucket.n : NaN;
  return { kappa, kappaTies, agreement, top3: overlap, byConfidence };
}

export const noisyCopies = (c: SimulatedClass) =>
  retest(
    c.answers,
    c.answers.map((a) => noisyCopy(a, QUESTIONS, c.rng, 0.3)),
  );

/**
 * Shares whose result changes when every answer moves one point up (5 stays 5): `strict` compares
 * the first career alone, `changed` counts a career named in a stated tie as the same result.
 */
export function acquiescenceChange(c: SimulatedClass): { changed: number; strict: number } {
  let changed = 0;
  let strict = 0;
  for (const answers of c.answers) {
    const before = judge(answers);
    const after = judge(shiftAll(answers));
    if (!sameResult(before, after)) changed++;
    if (firstCareer(before) !== firstCareer(after)) strict++;
  }
  return { changed: changed / c.answers.length, strict: strict / c.answers.length };
}
