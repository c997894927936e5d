import type { Locale, Localized } from '../domain/locale';
import type { Question } from '../domain/types';
import { QUESTIONS } from './questions';
import { QUESTION_TEXT_ES } from './question-text-es';

/** A quiz item's words in the given language (English lives on the item itself). */
export function questionText(question: Question, locale: Locale): string {
  return locale === 'es' ? (QUESTION_TEXT_ES[question.id] ?? question.text) : question.text;
}

/**
 * The quiz in each language: the same items (ids, traits, keying, order) with the words swapped,
 * so scoring cannot depend on the language.
 */
export const QUESTIONS_BY_LOCALE: Localized<readonly Question[]> = {
  en: QUESTIONS,
  es: QUESTIONS.map((question) => ({ ...question, text: questionText(question, 'es') })),
};
