import { describe, expect, it } from 'vitest';
import type { TraitEffect } from '../../../src/domain';
import {
  bandLabel,
  confidenceReason,
  gapSentence,
  listPhrases,
  whySentence,
  withArticle,
} from '../../../src/features/results/result-copy';

const effect = (
  trait: TraitEffect['trait'],
  studentScore: number,
  careerLevel: number,
): TraitEffect => ({
  trait,
  effect: 1,
  studentScore,
  careerLevel,
  evidence: null,
});

describe('result copy in English', () => {
  it.each([
    ['Information clerk', 'an information clerk'],
    ['Medical coder', 'a medical coder'],
    ['Medical assistant', 'a medical assistant'],
  ])('puts the right article before %s', (title, expected) => {
    expect(withArticle(title, 'en')).toBe(expected);
  });

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b, and c'],
  ])('lists %j as %j', (phrases, expected) => {
    expect(listPhrases(phrases, 'en')).toBe(expected);
  });

  it('words a low work-preference score that fits as a preference, not a strength', () => {
    const sentence = whySentence([effect('social', 10, 15)], 'Medical coder', 'en');
    expect(sentence).toContain("you'd rather not give hands-on care to people");
    expect(sentence).toContain('a medical coder');
  });

  it('says a gap in a skill is something to build, and a preference gap by its direction', () => {
    expect(gapSentence(effect('detail', 30, 85), 'en')).toBe(
      'You could build up checking details carefully.',
    );
    expect(gapSentence(effect('social', 90, 15), 'en')).toMatch(
      /^This job has less helping and caring for people/,
    );
    expect(gapSentence(effect('independence', 10, 85), 'en')).toMatch(
      /^This job involves more working alone/,
    );
  });

  it('names bands and confidence reasons', () => {
    expect(bandLabel('strong', 'en')).toBe('Strong fit');
    expect(confidenceReason('near-tie', 'en')).toBe(
      'Two quite different careers came out almost tied.',
    );
  });

  it('says how many questions were skipped, never "a few" for one or two', () => {
    expect(confidenceReason('some-unanswered', 'en', 1)).toBe('You skipped one question.');
    expect(confidenceReason('some-unanswered', 'en', 2)).toBe('You skipped 2 questions.');
    expect(confidenceReason('some-unanswered', 'es', 1)).toBe('Te saltaste una pregunta.');
  });
});

describe('result copy in Spanish', () => {
  it.each([
    ['Técnico/a de registros médicos', 'técnico/a de registros médicos'],
    ['Empleado/a de información', 'empleado/a de información'],
    ['Gerente de servicios médicos y de salud', 'gerente de servicios médicos y de salud'],
  ])('puts %s mid-sentence lower-cased, with no gendered article', (title, expected) => {
    expect(withArticle(title, 'es')).toBe(expected);
  });

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a y b'],
    [['a', 'b', 'c'], 'a, b y c'],
  ])('lists %j as %j', (phrases, expected) => {
    expect(listPhrases(phrases, 'es')).toBe(expected);
  });

  it('builds the why sentence from Spanish strengths and the title with its article', () => {
    expect(
      whySentence(
        [effect('organization', 80, 85), effect('detail', 75, 90)],
        'Codificador/a médico/a',
        'es',
      ),
    ).toBe(
      'Tus respuestas muestran que mantienes las cosas en orden y a tiempo y te das cuenta de los errores pequeños: eso es gran parte del trabajo de codificador/a médico/a.',
    );
    expect(whySentence([effect('social', 10, 15)], 'Codificador/a médico/a', 'es')).toContain(
      'prefieres no cuidar a las personas directamente',
    );
    expect(whySentence([], 'Transcriptor/a médico/a', 'es')).toBe(
      'Tus respuestas todavía no apuntan con fuerza hacia nada, pero el trabajo de transcriptor/a médico/a fue lo que más se acercó.',
    );
  });

  it('words gaps in Spanish: a skill to improve, or a work style by its direction', () => {
    expect(gapSentence(effect('detail', 30, 85), 'es')).toBe(
      'Algo que podrías mejorar: revisar los detalles con cuidado.',
    );
    expect(gapSentence(effect('social', 90, 15), 'es')).toBe(
      'Este trabajo tiene menos de esto de lo que parece que quieres: ayudar y cuidar a las personas.',
    );
    expect(gapSentence(effect('independence', 10, 85), 'es')).toBe(
      'Este trabajo tiene más de esto de lo que dijiste que te gustaría: trabajar a solas durante mucho tiempo.',
    );
  });

  it('names bands (glossary) and confidence reasons in Spanish', () => {
    expect(bandLabel('strong', 'es')).toBe('Muy compatible');
    expect(bandLabel('good', 'es')).toBe('Compatible');
    expect(bandLabel('exploring', 'es')).toBe('Vale la pena explorar');
    expect(confidenceReason('straight-lined', 'es')).toBe(
      'Diste casi la misma respuesta a todas las preguntas.',
    );
  });
});
