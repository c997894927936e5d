import type { QuestionId } from '../domain';

/**
 * The questions' ids in quiz order, kept apart from the question texts so the start page and the
 * store load without them. tests/content/question-ids.test.ts keeps this list in step with
 * questions.ts.
 */
export const QUESTION_IDS: readonly QuestionId[] = [
  'q-fix-bike',
  'q-neat-desk',
  'q-body-works',
  'q-spot-mistakes',
  'q-design-poster',
  'q-new-apps',
  'q-calm-patient',
  'q-explain-clearly',
  'q-run-business',
  'q-work-alone',
  'q-file-records',
  'q-measure-medicine',
  'q-last-minute',
  'q-science-test',
  'q-skip-checking',
  'q-write-story',
  'q-computers-nervous',
  'q-teach-kids',
  'q-hard-to-speak-up',
  'q-sell-idea',
  'q-bored-alone',
  'q-check-numbers',
  'q-build-shelf',
  'q-plan-week',
  'q-study-lab-report',
  'q-follow-steps',
  'q-play-music',
  'q-figure-settings',
  'q-care-sick',
  'q-clear-writing',
  'q-be-boss',
  'q-strangers-tiring',
  'q-code-diagnosis',
  'q-exam-tools',
  'q-messy-backpack',
  'q-health-patterns',
  'q-careless',
  'q-act-play',
  'q-need-tech-help',
  'q-help-classmate',
  'q-confusing-messages',
  'q-clinic-budget',
  'q-people-all-day',
  'q-type-notes',
];

/** Every trait question, then the education step. Position QUIZ_STEPS means "finished". */
export const QUIZ_STEPS = QUESTION_IDS.length + 1;
