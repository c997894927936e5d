import type { QuestionId, QuestionSets } from '../domain';
import { QUESTION_IDS } from './question-ids';

/**
 * The content version result codes are written with. When questions are added, removed or
 * reordered: copy the current id list literally under its number here, bump CONTENT_VERSION,
 * and point the new number at QUESTION_IDS — old links then still open (answers to removed
 * questions are dropped). tests/content/question-sets.test.ts fails until you do.
 */
export const CONTENT_VERSION = 2;

/** Version 1: the 36 items of the first scoring model (until December 2026). */
const VERSION_1: readonly QuestionId[] = [
  'q-neat-desk',
  'q-front-desk',
  'q-spot-mistakes',
  'q-blood-pressure',
  'q-new-apps',
  'q-code-diagnosis',
  'q-last-minute',
  'q-measure-prescription',
  'q-explain-clearly',
  'q-type-notes',
  'q-take-charge',
  'q-cancer-report',
  'q-messy-backpack',
  'q-work-from-home',
  'q-care-for-people',
  'q-fix-record',
  'q-body-words',
  'q-phone-help',
  'q-dig-in',
  'q-count-pills',
  'q-skip-checking',
  'q-private-files',
  'q-clear-writing',
  'q-team-schedule',
  'q-bored-alone',
  'q-calm-patient',
  'q-plan-week',
  'q-clear-up-mixup',
  'q-health-class',
  'q-file-records',
  'q-strangers-tiring',
  'q-exam-tools',
  'q-type-fast',
  'q-save-money',
  'q-computers-nervous',
  'q-follow-up',
];

export const QUESTION_SETS: QuestionSets = {
  1: VERSION_1,
  2: QUESTION_IDS,
};
