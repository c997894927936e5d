import { describe, expect, it } from 'vitest';
import {
  careerFactsSchema,
  contentProblems,
  questionSchema,
} from '../../src/domain/content-schema';

describe('contentProblems', () => {
  it('names the file, the item and the problem for a malformed question', () => {
    const broken = [
      {
        id: 'q-ok',
        kind: 'statement',
        text: 'I like neat lists.',
        trait: 'organization',
        source: 'Useful skills',
      },
      { id: 'q-bad', kind: 'poll', text: 'Hi', trait: 'juggling', source: 'x' },
    ];
    const problems = contentProblems('src/content/questions.ts', broken, questionSchema);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const p of problems) expect(p.startsWith('src/content/questions.ts: q-bad: ')).toBe(true);
    expect(problems.some((p) => p.includes(': kind '))).toBe(true);
    expect(problems.some((p) => p.includes(': trait '))).toBe(true);
    expect(problems.some((p) => p.includes(': text is too short'))).toBe(true);
  });

  it('names an item without an id by its position', () => {
    expect(contentProblems('f.ts', [{}], careerFactsSchema)[0]).toMatch(/^f\.ts: item 1: /);
  });

  it('rejects a reverse-keyed activity item', () => {
    const item = {
      id: 'q-x',
      kind: 'activity',
      text: 'Do a thing at work.',
      trait: 'conventional',
      source: 'duties',
      reverse: true,
    };
    expect(contentProblems('f.ts', [item], questionSchema)).toEqual([
      'f.ts: q-x: reverse activity items are never reverse-keyed',
    ]);
  });

  it('rejects a figure with no year', () => {
    const problems = contentProblems(
      'c.ts',
      [{ id: 'medical-coder', pay: { label: '$1', year: 'recently', source: 'Somebody' } }],
      careerFactsSchema,
    );
    expect(problems).toContain('c.ts: medical-coder: pay.year must name the year or period');
  });
});
