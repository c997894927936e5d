import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAREER_IDS, CAREER_PROFILES, TRAIT_IDS, traitKind } from '../../src/domain';

const DOC = 'docs/career-profiles.md';
const IMPORTANCE = { 1: 'a little', 2: 'matters', 3: 'essential' } as const;

/** The counselor-facing table of every career's target profile, built from the model itself. */
function renderDoc(): string {
  const lines = [
    '# Career target profiles',
    '',
    '<!-- Generated from src/domain/profiles/ by `npm run docs:profiles`; `npm test` fails when it is stale. -->',
    '',
    'Each career asks for a level (0–100, the same scale as a student’s trait score) on each trait,',
    'and each trait matters *a little* (weight 1), *matters* (2) or is *essential* (3). Skills count',
    'only when the student falls short; work preferences count in both directions.',
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
    'O*NET values: see `../shared/data/occupations.json` for release, scale and date. This table includes',
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
