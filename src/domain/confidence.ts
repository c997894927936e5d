import type { CareerFit } from './fit';
import { isLikertValue, keyedValue, type TraitProfile } from './scoring';
import { TRAIT_IDS } from './traits';
import type { Answers, Outcome, Question } from './types';

export type ConfidenceLevel = 'low' | 'medium' | 'high';

export type ConfidenceReason =
  | 'too-few-answers'
  | 'straight-lined'
  | 'contradictions'
  | 'flat-profile'
  | 'inconsistent'
  | 'mixed-answers'
  | 'near-tie'
  | 'close-call'
  | 'some-unanswered';

export interface Confidence {
  level: ConfidenceLevel;
  reasons: ConfidenceReason[];
  /** How many questions were left unanswered, for "You skipped 2 questions". */
  unanswered?: number;
}

/**
 * Reasons that the same answer to everything also causes: said once, as that, so the student is
 * not told both "you gave the same answer everywhere" and "your answers disagree".
 */
const CAUSED_BY_STRAIGHT_LINING: readonly ConfidenceReason[] = [
  'contradictions',
  'inconsistent',
  'mixed-answers',
];

/** Thresholds, in one place so the README and the tests can name them. */
export const CONFIDENCE_RULES = {
  minAnsweredShare: 0.5,
  straightLineShare: 0.8,
  contradictionGap: 3,
  maxContradictions: 1,
  flatProfileSpread: 8,
  lowConsistency: 0.4,
  mediumConsistency: 0.6,
  nearTieGap: 3,
  closeCallGap: 8,
} as const;

/** Reverse-keyed items whose keyed answer sits 3+ points from the same trait's forward items. */
export function countContradictions(questions: readonly Question[], answers: Answers): number {
  let count = 0;
  for (const reversed of questions) {
    const raw = answers[reversed.id];
    if (!reversed.reverse || !isLikertValue(raw)) continue;
    const forward = questions
      .filter((q) => q.trait === reversed.trait && !q.reverse)
      .map((q) => answers[q.id])
      .filter(isLikertValue);
    if (forward.length === 0) continue;
    const mean = forward.reduce((sum, v) => sum + v, 0) / forward.length;
    if (Math.abs(keyedValue(reversed, raw) - mean) >= CONFIDENCE_RULES.contradictionGap) count++;
  }
  return count;
}

/**
 * How much of the spread in a student's keyed answers lies *between* traits rather than within
 * them (η², 0–1). Items on the same trait should agree: someone answering at random scores about
 * 0.35 with these 14 traits, a consistent student close to 1. Only traits with 2+ answers count.
 */
export function answerConsistency(questions: readonly Question[], answers: Answers): number {
  const byTrait = new Map<string, number[]>();
  for (const q of questions) {
    const raw = answers[q.id];
    if (!isLikertValue(raw)) continue;
    byTrait.set(q.trait, [...(byTrait.get(q.trait) ?? []), keyedValue(q, raw)]);
  }
  const groups = [...byTrait.values()].filter((values) => values.length >= 2);
  const all = groups.flat();
  if (all.length < 4) return 0;
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const grand = mean(all);
  const total = all.reduce((sum, v) => sum + (v - grand) ** 2, 0);
  if (total === 0) return 0;
  const within = groups.reduce((sum, g) => {
    const m = mean(g);
    return sum + g.reduce((acc, v) => acc + (v - m) ** 2, 0);
  }, 0);
  return 1 - within / total;
}

export function mostCommonShare(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Math.max(...counts.values()) / values.length;
}

function spread(profile: TraitProfile): number {
  const scores = TRAIT_IDS.map((t) => profile[t].score);
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return Math.sqrt(scores.reduce((a, s) => a + (s - mean) ** 2, 0) / scores.length);
}

/** Gap between the career shown first and the best one after it that is not part of a stated tie. */
export function leadOverRivals(shown: readonly CareerFit[], tieCount = 0): number {
  const [top] = shown;
  const rival = shown[1 + tieCount];
  if (!top) return 0;
  return rival ? top.standing - rival.standing : Infinity;
}

/**
 * How much to trust the result shown, with the reasons a student or counselor can read. `shown`
 * is the ranking as the student sees it; `tieCount` careers after the first are named with it.
 */
export function assessConfidence(
  questions: readonly Question[],
  answers: Answers,
  profile: TraitProfile,
  shown: readonly CareerFit[],
  tieCount = 0,
  outcome: Outcome = { kind: 'career' },
): Confidence {
  const values = questions.map((q) => answers[q.id]).filter(isLikertValue);
  const low: ConfidenceReason[] = [];
  const medium: ConfidenceReason[] = [];
  const rules = CONFIDENCE_RULES;
  if (values.length < questions.length * rules.minAnsweredShare) low.push('too-few-answers');
  else if (values.length < questions.length) medium.push('some-unanswered');
  if (mostCommonShare(values) >= rules.straightLineShare) low.push('straight-lined');
  if (countContradictions(questions, answers) > rules.maxContradictions) low.push('contradictions');
  if (outcome.kind === 'no-clear-match' || spread(profile) < rules.flatProfileSpread)
    low.push('flat-profile');
  const consistency = answerConsistency(questions, answers);
  if (consistency < rules.lowConsistency) low.push('inconsistent');
  else if (consistency < rules.mediumConsistency) medium.push('mixed-answers');
  const lead = leadOverRivals(shown, tieCount);
  if (lead < rules.nearTieGap) low.push('near-tie');
  // A stated tie is never "high": the student is told two careers fit about equally.
  else if (lead < rules.closeCallGap || tieCount > 0) medium.push('close-call');
  const unanswered = questions.length - values.length;
  const said = (reasons: ConfidenceReason[]) =>
    low.includes('straight-lined')
      ? reasons.filter((reason) => !CAUSED_BY_STRAIGHT_LINING.includes(reason))
      : reasons;
  if (low.length > 0) return { level: 'low', reasons: said([...low, ...medium]), unanswered };
  return medium.length > 0
    ? { level: 'medium', reasons: said(medium), unanswered }
    : { level: 'high', reasons: [], unanswered };
}
