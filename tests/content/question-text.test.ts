import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/content/questions';
import { QUESTIONS_BY_LOCALE, questionText } from '../../src/content/question-text';
import { QUESTION_TEXT_ES } from '../../src/content/question-text-es';
import { recommend } from '../../src/domain/recommend';
import { PERSONAS, answersFor } from '../personas';

describe('Spanish question texts', () => {
  it('has exactly one Spanish text for every question', () => {
    expect(Object.keys(QUESTION_TEXT_ES).sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))('%s is translated', (_id, question) => {
    const es = questionText(question, 'es');
    expect(es.trim().length).toBeGreaterThan(10);
    expect(es).not.toBe(question.text);
  });

  it('keeps every item, its trait, kind, keying and order in both languages', () => {
    const strip = (question: (typeof QUESTIONS)[number]) => ({ ...question, text: '' });
    expect(QUESTIONS_BY_LOCALE.es.map(strip)).toEqual(QUESTIONS_BY_LOCALE.en.map(strip));
    expect(QUESTIONS_BY_LOCALE.es.filter((q) => q.reverse).map((q) => q.id)).toEqual(
      QUESTIONS.filter((q) => q.reverse).map((q) => q.id),
    );
  });

  it.each(Object.entries(PERSONAS))(
    'gives %s the same scores in both languages',
    (_key, persona) => {
      const answers = answersFor(persona, QUESTIONS);
      const en = recommend(QUESTIONS_BY_LOCALE.en, answers);
      const es = recommend(QUESTIONS_BY_LOCALE.es, answers);
      expect(es.ranking).toEqual(en.ranking);
      expect(es.profile).toEqual(en.profile);
      expect(es.confidence).toEqual(en.confidence);
    },
  );
});
