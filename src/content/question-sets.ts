import type { QuestionSets } from '../domain';
import { QUESTION_IDS } from './question-ids';

/**
 * The content version result codes are written with. When questions are added, removed or
 * reordered: copy the current id list literally under its number here, bump CONTENT_VERSION,
 * and point the new number at QUESTION_IDS — old links then still open (answers to removed
 * questions are dropped). tests/content/question-sets.test.ts fails until you do.
 */
export const CONTENT_VERSION = 1;

export const QUESTION_SETS: QuestionSets = {
  1: QUESTION_IDS,
};
