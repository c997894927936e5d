import { QUESTIONS } from './questions';

export const QUESTION_COUNT = QUESTIONS.length;
/** About ten seconds a question, rounded up. */
export const MINUTES_TO_FINISH = Math.ceil((QUESTIONS.length * 10) / 60);
