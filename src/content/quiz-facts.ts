import { QUESTION_IDS } from './question-ids';

export const QUESTION_COUNT = QUESTION_IDS.length;
/** About ten seconds a question, rounded up. */
export const MINUTES_TO_FINISH = Math.ceil((QUESTION_IDS.length * 10) / 60);
