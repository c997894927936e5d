import { describe, expect, it } from 'vitest';
import { CAREER_IDS, rankCareers, recommend, scoreAnswers } from '../../src/domain';
import { QUESTIONS } from '../../src/content/questions';
import { PERSONAS, answersFor } from '../personas';

const cases = Object.entries(PERSONAS).map(([key, persona]) => [key, persona] as const);

describe('personas land where a counselor would expect', () => {
  it.each(cases)('%s → top-1 is the expected career', (_key, persona) => {
    const ranking = rankCareers(scoreAnswers(QUESTIONS, answersFor(persona, QUESTIONS)));
    expect(ranking[0]?.careerId, `${persona.name}: ${JSON.stringify(ranking.slice(0, 3))}`).toBe(
      persona.expected,
    );
  });

  it.each(cases)('%s → a confident recommendation (not low)', (_key, persona) => {
    const result = recommend(QUESTIONS, answersFor(persona, QUESTIONS));
    expect(result.confidence.level, JSON.stringify(result.confidence)).not.toBe('low');
  });

  it('covers every career with at least two personas', () => {
    for (const id of CAREER_IDS)
      expect(
        Object.values(PERSONAS).filter((p) => p.expected === id).length,
        id,
      ).toBeGreaterThanOrEqual(2);
  });
});
