import { describe, expect, it } from 'vitest';
import {
  traitKind,
  CAREER_IDS,
  CAREER_PROFILES,
  TRAIT_IDS,
  rankCareers,
  whyNot,
  type ProfileInput,
} from '../../src/domain';
import { QUESTIONS } from '../../src/content/questions';
import { scoreAnswers } from '../../src/domain';
import { PERSONAS, answersFor } from '../personas';

const apply = (
  profile: ProfileInput,
  changes: ReturnType<typeof whyNot>['changes'],
): ProfileInput => {
  const next = { ...profile };
  for (const c of changes) next[c.trait] = { score: c.to };
  return next;
};

describe('whyNot', () => {
  const profile = scoreAnswers(QUESTIONS, answersFor(PERSONAS.clerk, QUESTIONS));

  it('needs no change for the career that already ranks first', () => {
    expect(whyNot(profile, 'information-clerk').changes).toEqual([]);
  });

  it.each(CAREER_IDS.filter((id) => id !== 'information-clerk'))(
    'lists changes after which %s ranks first, each moving a trait to that career’s level',
    (id) => {
      const { changes } = whyNot(profile, id);
      expect(changes.length).toBeGreaterThan(0);
      expect(changes.length).toBeLessThanOrEqual(TRAIT_IDS.length);
      for (const c of changes) expect(c.to).toBe(CAREER_PROFILES[id][c.trait].level);
      expect(new Set(changes.map((c) => c.trait)).size).toBe(changes.length);
      expect(rankCareers(apply(profile, changes))[0]?.careerId).toBe(id);
    },
  );

  it('starts with the change that helps most: for a clerk-like student, an interest area', () => {
    const first = whyNot(profile, 'medical-assistant').changes[0];
    expect(first && traitKind(first.trait)).toBe('interest');
  });
});
