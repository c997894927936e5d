import type { QuestionKind } from '../domain';

export interface Scale {
  prompt: string;
  /** Labels for answers 1–5, left to right. */
  labels: readonly [string, string, string, string, string];
}

export const SCALES: Readonly<Record<QuestionKind, Scale>> = {
  statement: {
    prompt: 'How much is this like you?',
    labels: [
      'Not like me at all',
      'Not much like me',
      'Somewhat like me',
      'A lot like me',
      'Just like me',
    ],
  },
  activity: {
    prompt: 'How would you feel about doing this at work?',
    labels: [
      'Would really dislike it',
      'Would dislike it',
      "Wouldn't mind it",
      'Would like it',
      'Would really enjoy it',
    ],
  },
};
