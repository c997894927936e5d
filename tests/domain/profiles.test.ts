import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromImportance, mappedProfile } from '../../src/domain/profiles/mapping';
import { ONET_RATINGS } from '../../src/domain/profiles/onet-ratings';
import { PROFILE_OVERRIDES } from '../../src/domain/profiles/overrides';
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

describe('targets come from one mapping of the O*NET ratings, or a listed override', () => {
  it.each(CAREER_IDS)(
    '%s: every target matches the mapping or an override with its quote',
    (id) => {
      const mapped = mappedProfile(ONET_RATINGS[id]);
      for (const trait of TRAIT_IDS) {
        const target = CAREER_PROFILES[id][trait];
        const override = PROFILE_OVERRIDES.find((o) => o.career === id && o.trait === trait);
        const expected = override ?? mapped[trait];
        expect(
          { level: target.level, importance: target.importance },
          `${id}.${trait}: change the O*NET ratings, the mapping, or list an override`,
        ).toEqual({ level: expected.level, importance: expected.importance });
      }
    },
  );

  it('lists each override once, each with words quoted from the article', () => {
    const article = readFileSync('docs/sources/medical-records-technician-careers.txt', 'utf8')
      .replaceAll('’', "'")
      .replace(/\s+/g, ' ');
    const keys = PROFILE_OVERRIDES.map((o) => `${o.career}.${o.trait}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of PROFILE_OVERRIDES) {
      const quoted = [...o.quote.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
      expect(quoted.length, `${o.career}.${o.trait}`).toBeGreaterThan(0);
      for (const q of quoted)
        for (const part of q.split(' … '))
          expect(article, `${o.career}.${o.trait}: "${part}"`).toContain(part.replaceAll('’', "'"));
    }
  });

  it('maps importance ratings the documented way', () => {
    expect(fromImportance(1)).toEqual({ level: 0, importance: 1 });
    expect(fromImportance(3.5)).toEqual({ level: 63, importance: 2 });
    expect(fromImportance(4.25)).toEqual({ level: 81, importance: 3 });
    expect(fromImportance(5)).toEqual({ level: 100, importance: 3 });
  });
});
