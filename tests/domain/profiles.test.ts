import { describe, expect, it } from 'vitest';
import { CAREER_IDS, CAREER_PROFILES, TRAIT_IDS } from '../../src/domain';

describe('career profiles', () => {
  it.each(CAREER_IDS)('%s has a target for every trait, in range, with a basis', (id) => {
    const profile = CAREER_PROFILES[id];
    expect(Object.keys(profile).sort()).toEqual([...TRAIT_IDS].sort());
    for (const trait of TRAIT_IDS) {
      const target = profile[trait];
      expect(target.level, `${id}.${trait}.level`).toBeGreaterThanOrEqual(0);
      expect(target.level, `${id}.${trait}.level`).toBeLessThanOrEqual(100);
      expect([1, 2, 3], `${id}.${trait}.importance`).toContain(target.importance);
      expect(target.basis.length, `${id}.${trait}.basis`).toBeGreaterThan(10);
    }
  });

  it('no two careers share the same profile', () => {
    const keys = CAREER_IDS.map((id) =>
      JSON.stringify(
        TRAIT_IDS.map((t) => [CAREER_PROFILES[id][t].level, CAREER_PROFILES[id][t].importance]),
      ),
    );
    expect(new Set(keys).size).toBe(CAREER_IDS.length);
  });
});
