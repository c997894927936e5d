// Direct module imports keep the store (loaded on every page) free of the scoring engine.
import { isEducationPlan, type EducationPlan } from '../domain/education';
import { isLikertValue } from '../domain/scoring';
import type { Answers, QuestionId } from '../domain/types';

/** What is saved in the browser: only what the student did. */
export interface PersistedQuiz {
  answers: Answers;
  /** 0 … questions − 1: a trait question; questions: the education step; questions + 1: done. */
  position: number;
  educationPlan: EducationPlan | null;
  /**
   * When each answer (and the education plan) was last given, in ms since the epoch: two tabs
   * merge per question, the later answer winning (store/quiz-merge.ts).
   */
  stamps: Stamps;
  /** When the student last started over: answers stamped before it are gone in every tab. */
  clearedAt: number;
}

export type StampKey = QuestionId | 'educationPlan';
export type Stamps = Partial<Record<StampKey, number>>;

export type RestoreProblem = 'unreadable' | 'newer-version' | 'dropped-answers' | 'quiz-changed';

export interface RepairResult {
  state: PersistedQuiz;
  problem: RestoreProblem | null;
}

export const EMPTY_QUIZ: PersistedQuiz = {
  answers: {},
  position: 0,
  educationPlan: null,
  stamps: {},
  clearedAt: 0,
};

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses saved quiz state from an untrusted source, keeping every answer that is still valid.
 * Answers to questions that no longer exist are dropped and reported as 'quiz-changed' (the
 * questions were updated since the student started), so the student knows why they see new ones.
 */
export function repairPersistedQuiz(
  raw: unknown,
  questionIds: readonly QuestionId[],
): RepairResult {
  if (!isRecord(raw)) return { state: EMPTY_QUIZ, problem: 'unreadable' };
  const known = new Set<string>(questionIds);
  const answers: Answers = {};
  let invalid = 0;
  let removed = 0;
  if (isRecord(raw.answers)) {
    for (const [id, value] of Object.entries(raw.answers)) {
      if (!known.has(id)) {
        removed++;
        continue;
      }
      if (isLikertValue(value)) answers[id as QuestionId] = value;
      else invalid++;
    }
  } else if (raw.answers !== undefined) {
    invalid++;
  }
  const educationPlan = isEducationPlan(raw.educationPlan) ? raw.educationPlan : null;
  if (raw.educationPlan !== undefined && raw.educationPlan !== null && !educationPlan) invalid++;
  // After the questions changed, a saved position points into the old list: resume at the first
  // question this student has not answered yet instead.
  const position =
    removed === 0 && typeof raw.position === 'number' && Number.isInteger(raw.position)
      ? Math.min(Math.max(raw.position, 0), questionIds.length + 1)
      : firstUnanswered(answers, questionIds, educationPlan);
  const rawStamps = isRecord(raw.stamps) ? raw.stamps : {};
  const stamps: Stamps = {};
  for (const key of [...Object.keys(answers), ...(educationPlan ? ['educationPlan'] : [])]) {
    const stamp = rawStamps[key];
    stamps[key as StampKey] = isTime(stamp) ? stamp : 0;
  }
  const clearedAt = isTime(raw.clearedAt) ? raw.clearedAt : 0;
  return {
    state: { answers, position, educationPlan, stamps, clearedAt },
    problem: invalid > 0 ? 'dropped-answers' : removed > 0 ? 'quiz-changed' : null,
  };
}

/** Where to resume: the first unanswered question, else the education step, else the end. */
export function firstUnanswered(
  answers: Answers,
  questionIds: readonly QuestionId[],
  educationPlan: EducationPlan | null = null,
): number {
  const index = questionIds.findIndex((id) => answers[id] === undefined);
  if (index !== -1) return index;
  return educationPlan ? questionIds.length + 1 : questionIds.length;
}
