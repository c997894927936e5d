import { describe, expect, it } from 'vitest';
import { extractCode, importCodes, importPieces, splitCodes } from '../../src/domain/code-import';
import { collect, type Collected } from '../../src/domain/collected';
import { encodeShareCode, type SharePayload } from '../../src/domain/share-code';
import { CONTENT_VERSION, QUESTION_SETS } from '../../src/content/question-sets';
import { QUESTIONS } from '../../src/content/questions';
import { PERSONAS, answersFor } from '../personas';

const code = (persona: keyof typeof PERSONAS, group: string | null = null) => {
  const payload: SharePayload = {
    answers: answersFor(PERSONAS[persona], QUESTIONS),
    educationPlan: null,
    group,
  };
  return encodeShareCode(payload, QUESTION_SETS, CONTENT_VERSION);
};
const read = (text: string, known?: Collected) =>
  importCodes(text, QUESTION_SETS, CONTENT_VERSION, known);

const coder = code('coder');
const clerk = code('clerk', 'Period 3');
// Change one character in the middle: the CRC must catch it.
const damaged = coder.slice(0, 10) + (coder[10] === 'A' ? 'B' : 'A') + coder.slice(11);

describe('splitCodes', () => {
  it.each([
    ['a\nb\r\nc', ['a', 'b', 'c']],
    ['a, b;c  d\t e', ['a', 'b', 'c', 'd', 'e']],
    ['  \n , ;', []],
  ])('splits %j', (text, pieces) => expect(splitCodes(text)).toEqual(pieces));
});

describe('extractCode', () => {
  it('pulls the code out of a share link', () => {
    expect(extractCode(`https://example.org/careerfit/#/r/${coder}`)).toBe(coder);
    expect(extractCode(`https://example.org/#/r/${coder}?lang=es`)).toBe(coder);
  });
  it('leaves a bare code alone', () => expect(extractCode(` ${coder} `)).toBe(coder));
});

describe('importCodes', () => {
  it('sorts good, bad and duplicate codes, with a reason for each bad one', () => {
    const text = `${coder}\n${clerk}, hello; ${damaged}\nhttps://x.org/#/r/${coder}`;
    const result = read(text);
    expect(result.good.map((g) => g.code)).toEqual([coder, clerk]);
    expect(result.good[1]?.payload.group).toBe('Period 3');
    expect(result.bad).toEqual([
      { input: 'hello', reason: 'not-a-code' },
      { input: damaged, reason: 'damaged' },
    ]);
    expect(result.duplicates).toEqual([coder]);
  });

  it('counts codes already collected as duplicates', () => {
    const result = read(`${coder} ${clerk}`, collect([{ code: coder, name: 'Ana' }]));
    expect(result.good.map((g) => g.code)).toEqual([clerk]);
    expect(result.duplicates).toEqual([coder]);
  });

  it('reports a code from a newer quiz version', () => {
    const newer = encodeShareCode(
      { answers: {}, educationPlan: null, group: null },
      { ...QUESTION_SETS, 9: [] },
      9,
    );
    expect(read(newer).bad).toEqual([{ input: newer, reason: 'unknown-content' }]);
  });

  it('returns nothing for empty text', () => {
    expect(read('   ')).toEqual({ good: [], bad: [], duplicates: [] });
  });
});

describe('importPieces with ignoreNonCodes', () => {
  it('keeps names and drops cells that are not codes', () => {
    const pieces = [
      { input: 'Ana', name: 'Ana' },
      { input: coder, name: 'Ana' },
      { input: damaged, name: 'Ben' },
    ];
    const result = importPieces(pieces, QUESTION_SETS, CONTENT_VERSION, new Map(), true);
    expect(result.good.map((g) => [g.code, g.name])).toEqual([[coder, 'Ana']]);
    expect(result.bad).toEqual([]);
  });
});

describe('the same code with different names', () => {
  const csv = (pieces: { input: string; name: string | null }[], known?: Collected) =>
    importPieces(pieces, QUESTION_SETS, CONTENT_VERSION, known, true);

  it('keeps two named students who answered exactly alike, and drops a repeated name', () => {
    const result = csv([
      { input: coder, name: 'Ana' },
      { input: coder, name: 'Ben' },
      { input: coder, name: ' ana ' },
    ]);
    expect(result.good.map((g) => g.name)).toEqual(['Ana', 'Ben']);
    expect(result.duplicates).toEqual([coder]);
  });

  it('treats a code already collected under another name as a new student', () => {
    const known = collect([{ code: coder, name: 'Ana' }]);
    expect(csv([{ input: coder, name: 'Ben' }], known).good).toHaveLength(1);
    expect(csv([{ input: coder, name: 'Ana' }], known).duplicates).toEqual([coder]);
  });

  it('counts a code without a name as the student already collected with it', () => {
    expect(read(coder, collect([{ code: coder, name: 'Ana' }])).duplicates).toEqual([coder]);
    expect(
      csv([{ input: coder, name: 'Ana' }], collect([{ code: coder, name: null }])).good,
    ).toEqual([]);
  });
});
