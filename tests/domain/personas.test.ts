import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/content/questions';
import { CAREER_IDS, decide } from '../../src/domain';
import { PERSONA_LIST, answersFor } from '../personas';

describe('personas written as answers', () => {
  it('number at least 24 clear ones, answer every question, and reach every career', () => {
    const clear = PERSONA_LIST.filter((p) => !p.ambiguous && !p.outcome);
    expect(clear.length).toBeGreaterThanOrEqual(24);
    for (const p of PERSONA_LIST)
      expect(Object.keys(answersFor(p)), p.key).toHaveLength(QUESTIONS.length);
    const firsts = new Set(
      clear.map((p) => decide(QUESTIONS, answersFor(p), null).primary.careerId),
    );
    expect([...firsts].sort()).toEqual([...CAREER_IDS].sort());
  });

  it.each(PERSONA_LIST.filter((p) => !p.ambiguous).map((p) => [p.key, p] as const))(
    '%s gets an acceptable result (first, or named in a tie for first)',
    (_key, persona) => {
      const v = decide(QUESTIONS, answersFor(persona), null);
      if (persona.outcome) {
        expect(v.outcome.kind).toBe(persona.outcome);
        return;
      }
      expect(v.outcome.kind).toBe('career');
      const named = [v.primary, ...v.tiedWith].map((r) => r.careerId);
      expect(named.some((id) => persona.acceptable.includes(id))).toBe(true);
    },
  );

  it.each(PERSONA_LIST.filter((p) => p.ambiguous).map((p) => [p.key, p] as const))(
    'ambiguous %s is never "high confidence"',
    (_key, persona) => {
      expect(decide(QUESTIONS, answersFor(persona), null).confidence.level).not.toBe('high');
    },
  );
});
