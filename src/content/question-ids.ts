import type { QuestionId } from '../domain';
import { QUESTIONS } from './questions';

export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((q) => q.id);

/** Every trait question, then the education step. Position QUIZ_STEPS means "finished". */
export const QUIZ_STEPS = QUESTION_IDS.length + 1;
