import type { QuestionId } from '../domain';
import { QUESTIONS } from './questions';

export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((q) => q.id);
