import { isLikertValue, type Answers, type QuestionId } from '../domain';

/** What is saved in the browser: only what the student did. */
export interface PersistedQuiz {
  answers: Answers;
  position: number;
}

export type RestoreProblem = 'unreadable' | 'newer-version' | 'dropped-answers';

export interface RepairResult {
  state: PersistedQuiz;
  problem: RestoreProblem | null;
}

export const EMPTY_QUIZ: PersistedQuiz = { answers: {}, position: 0 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses saved quiz state from an untrusted source, keeping every answer that is still valid.
 * Answers to questions that no longer exist are dropped silently (content changed, not an error).
 */
export function repairPersistedQuiz(
  raw: unknown,
  questionIds: readonly QuestionId[],
): RepairResult {
  if (!isRecord(raw)) return { state: EMPTY_QUIZ, problem: 'unreadable' };
  const known = new Set<string>(questionIds);
  const answers: Answers = {};
  let invalid = 0;
  if (isRecord(raw.answers)) {
    for (const [id, value] of Object.entries(raw.answers)) {
      if (!known.has(id)) continue;
      if (isLikertValue(value)) answers[id as QuestionId] = value;
      else invalid++;
    }
  } else if (raw.answers !== undefined) {
    invalid++;
  }
  const position =
    typeof raw.position === 'number' && Number.isInteger(raw.position)
      ? Math.min(Math.max(raw.position, 0), questionIds.length)
      : firstUnanswered(answers, questionIds);
  return { state: { answers, position }, problem: invalid > 0 ? 'dropped-answers' : null };
}

export function firstUnanswered(answers: Answers, questionIds: readonly QuestionId[]): number {
  const index = questionIds.findIndex((id) => answers[id] === undefined);
  return index === -1 ? questionIds.length : index;
}
