import type { QuestionId } from '../domain';

/**
 * The questions' ids in quiz order, kept apart from the question texts so the start page and the
 * store load without them. tests/content/question-ids.test.ts keeps this list in step with
 * questions.ts.
 */
export const QUESTION_IDS: readonly QuestionId[] = [
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

/** Every trait question, then the education step. Position QUIZ_STEPS means "finished". */
export const QUIZ_STEPS = QUESTION_IDS.length + 1;
