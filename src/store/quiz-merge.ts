import type { Answers, QuestionId } from '../domain/types';
import type { PersistedQuiz, StampKey, Stamps } from './persisted-quiz';

/** What two tabs share: the answers. Each tab keeps its own place in the quiz. */
export type QuizProgress = Pick<
  PersistedQuiz,
  'answers' | 'educationPlan' | 'stamps' | 'clearedAt'
>;

const stampOf = (progress: QuizProgress, key: StampKey) => progress.stamps[key] ?? 0;

/**
 * Merges two tabs' answers: per question the later answer wins, a start-over clears what was
 * answered before it in every tab, and nothing else is ever dropped. Ties keep `mine`.
 */
export function mergeQuizProgress(mine: QuizProgress, theirs: QuizProgress): QuizProgress {
  const clearedAt = Math.max(mine.clearedAt, theirs.clearedAt);
  const answers: Answers = {};
  const stamps: Stamps = {};
  const ids = new Set([...Object.keys(mine.answers), ...Object.keys(theirs.answers)]);
  for (const id of ids as Set<QuestionId>) {
    const ours = mine.answers[id];
    const other = theirs.answers[id];
    const useTheirs =
      ours === undefined || (other !== undefined && stampOf(theirs, id) > stampOf(mine, id));
    const source = useTheirs ? theirs : mine;
    const value = useTheirs ? other : ours;
    const stamp = stampOf(source, id);
    if (value === undefined || stamp < clearedAt) continue;
    answers[id] = value;
    stamps[id] = stamp;
  }
  const planFromTheirs =
    mine.educationPlan === null ||
    (theirs.educationPlan !== null &&
      stampOf(theirs, 'educationPlan') > stampOf(mine, 'educationPlan'));
  const planSource = planFromTheirs ? theirs : mine;
  let educationPlan = planSource.educationPlan;
  if (educationPlan !== null && stampOf(planSource, 'educationPlan') < clearedAt)
    educationPlan = null;
  if (educationPlan !== null) stamps.educationPlan = stampOf(planSource, 'educationPlan');
  return { answers, educationPlan, stamps, clearedAt };
}

/** True when merging changed nothing this tab holds (so it need not re-render or re-save). */
export function sameProgress(a: QuizProgress, b: QuizProgress): boolean {
  if (a.clearedAt !== b.clearedAt || a.educationPlan !== b.educationPlan) return false;
  const keys = new Set([...Object.keys(a.answers), ...Object.keys(b.answers)]);
  for (const id of keys as Set<QuestionId>)
    if (a.answers[id] !== b.answers[id] || a.stamps[id] !== b.stamps[id]) return false;
  return true;
}
