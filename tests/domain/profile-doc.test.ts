import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAREER_IDS, CAREER_PROFILES, TRAIT_IDS, traitKind } from '../../src/domain';
import { PROFILE_OVERRIDES } from '../../src/domain/profiles/overrides';

const DOC = 'docs/career-profiles.md';
const IMPORTANCE = { 1: 'a little', 2: 'matters', 3: 'essential' } as const;

/** The counselor-facing table of every career's target profile, built from the model itself. */
function renderDoc(): string {
  const lines = [
    '# Career target profiles',
    '',
    '<!-- Generated from src/domain/profiles/ by `npm run docs:profiles`; `npm test` fails when it is stale. -->',
    '',
    'Each career has a target on each of the quiz’s 11 scales (0–100, the same scale as a student’s',
    'score). Interest areas count by the *shape* of the profile (which areas stand out); skills count',
    'only when the student falls short, weighted *a little* (1), *matters* (2) or *essential* (3);',
    'the work preference counts in both directions.',
    '',
    'Every target comes from one mapping of O*NET ratings (src/domain/profiles/mapping.ts, ratings in',
    'src/domain/profiles/onet-ratings.ts): interests level = (OI − 1) / 6 × 100; skills level =',
    '(IM − 1) / 4 × 100 with weight 3 at IM ≥ 4.25, 2 at IM ≥ 3.5, else 1; working on your own =',
    '50 + 25 × (Independence − Social Orientation). The article-based overrides are listed below;',
    '`npm test` fails when a target matches neither.',
    '',
    '## Overview (level / importance)',
    '',
    `| trait | kind | ${CAREER_IDS.join(' | ')} |`,
    `| --- | --- | ${CAREER_IDS.map(() => '---').join(' | ')} |`,
    ...TRAIT_IDS.map(
      (t) =>
        `| ${t} | ${traitKind(t)} | ${CAREER_IDS.map((id) => `${CAREER_PROFILES[id][t].level} / ${CAREER_PROFILES[id][t].importance}`).join(' | ')} |`,
    ),
  ];
  lines.push(
    '',
    '## Article-based overrides',
    '',
    '| career | scale | level / importance | the article’s words |',
    '| --- | --- | --- | --- |',
    ...PROFILE_OVERRIDES.map(
      (o) =>
        `| ${o.career} | ${o.trait} | ${o.level} / ${o.importance} | ${o.quote.replaceAll('|', '\\|')} |`,
    ),
  );
  for (const id of CAREER_IDS) {
    lines.push(
      '',
      `## ${id}`,
      '',
      '| trait | level | importance | basis (article and O*NET) |',
      '| --- | --- | --- | --- |',
    );
    for (const t of TRAIT_IDS) {
      const target = CAREER_PROFILES[id][t];
      lines.push(
        `| ${t} | ${target.level} | ${IMPORTANCE[target.importance]} | ${target.basis.replaceAll('|', '\\|')} |`,
      );
    }
  }
  lines.push(
    '',
    'O*NET values: see src/domain/profiles/onet-ratings.ts for code, release and scale. This table includes',
    'information from the O*NET 29.3 and 18.1 Databases by the U.S. Department of Labor, Employment and',
    'Training Administration (USDOL/ETA), used under the CC BY 4.0 license; CareerFit has modified it.',
    '',
  );
  return lines.join('\n');
}

describe('docs/career-profiles.md', () => {
  it('matches the profiles in src/domain/profiles', () => {
    const expected = renderDoc();
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, expected);
    expect(readFileSync(DOC, 'utf8'), 'run `npm run docs:profiles` to regenerate').toBe(expected);
  });
});
