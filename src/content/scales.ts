import type { QuestionKind } from '../domain';
import type { Localized } from '../domain/locale';

export interface Scale {
  prompt: string;
  /** Labels for answers 1–5, left to right. */
  labels: readonly [string, string, string, string, string];
}

type Scales = Readonly<Record<QuestionKind, Scale>>;

export const SCALES_BY_LOCALE: Localized<Scales> = {
  en: {
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
  },
  es: {
    statement: {
      prompt: '¿Qué tanto se parece a ti?',
      labels: [
        'Nada que ver conmigo',
        'Poco que ver conmigo',
        'Algo que ver conmigo',
        'Mucho que ver conmigo',
        'Así soy yo',
      ],
    },
    activity: {
      prompt: '¿Cómo te sentirías haciendo esto en el trabajo?',
      labels: [
        'No me gustaría nada',
        'No me gustaría',
        'No me molestaría',
        'Me gustaría',
        'Me encantaría',
      ],
    },
  },
};

export const SCALES: Scales = SCALES_BY_LOCALE.en;
