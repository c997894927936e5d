import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAREER_IDS } from '../../src/domain/careers';
import { DISCUSSION_GUIDE, GUIDE_SOURCES } from '../../src/content/discussion-guide';

const article = readFileSync(
  // A copy of ../shared/seed/ kept in the repo, so a clean clone can check every quote.
  new URL('../../docs/sources/medical-records-technician-careers.txt', import.meta.url),
  'utf8',
).replace(/\s+/g, ' ');

describe('discussion guide', () => {
  it.each(CAREER_IDS)('%s: every talking point is backed by a passage of the article', (id) => {
    const sources = GUIDE_SOURCES[id];
    expect(sources.length).toBeGreaterThanOrEqual(2);
    expect(sources.length).toBeLessThanOrEqual(4);
    for (const source of sources) expect(article).toContain(source);
  });

  it.each(['en', 'es'] as const)('%s: 2–4 points (one per source) and 2–3 questions', (locale) => {
    for (const id of CAREER_IDS) {
      const guide = DISCUSSION_GUIDE[locale][id];
      expect(guide.points, id).toHaveLength(GUIDE_SOURCES[id].length);
      expect(guide.questions.length, id).toBeGreaterThanOrEqual(2);
      expect(guide.questions.length, id).toBeLessThanOrEqual(3);
      for (const text of [...guide.points, ...guide.questions]) expect(text.trim()).not.toBe('');
    }
  });

  it('Spanish differs from English everywhere', () => {
    for (const id of CAREER_IDS) {
      const en = DISCUSSION_GUIDE.en[id];
      const es = DISCUSSION_GUIDE.es[id];
      en.points.forEach((p, i) => expect(es.points[i]).not.toBe(p));
      expect(es.questions.length).toBe(en.questions.length);
    }
  });
});
