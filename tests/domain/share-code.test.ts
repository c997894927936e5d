import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDUCATION_PLANS } from '../../src/domain/education';
import {
  SHARE_FORMAT_VERSION,
  decodeShareCode,
  encodeShareCode,
  normalizeGroup,
  type QuestionSets,
  type SharePayload,
} from '../../src/domain/share-code';
import type { Answers, LikertValue, QuestionId } from '../../src/domain/types';
import { CONTENT_VERSION, QUESTION_SETS } from '../../src/content/question-sets';
import { QUESTION_IDS } from '../../src/content/question-ids';
import { QUESTIONS } from '../../src/content/questions';
import { recommend } from '../../src/domain/recommend';

const encode = (payload: SharePayload) => encodeShareCode(payload, QUESTION_SETS, CONTENT_VERSION);
const decode = (code: unknown) => decodeShareCode(code, QUESTION_SETS, CONTENT_VERSION);
const full: Answers = Object.fromEntries(
  QUESTION_IDS.map((id, i) => [id, ((i % 5) + 1) as LikertValue]),
);
const payload = (over: Partial<SharePayload> = {}): SharePayload => ({
  answers: full,
  educationPlan: null,
  group: null,
  ...over,
});

// An independent reading of the documented layout (Node's base64url, a second CRC), so the
// tests check the format itself and not just that the module agrees with itself.
const bytesOf = (code: string) => Array.from(Buffer.from(code.slice(1), 'base64url'));
const codeOf = (bytes: number[]) => `c${Buffer.from(bytes).toString('base64url')}`;
function crc16(bytes: readonly number[]): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    for (let bit = 7; bit >= 0; bit--) {
      const top = ((crc >> 15) & 1) ^ ((byte >> bit) & 1);
      crc = ((crc << 1) & 0xffff) ^ (top ? 0x1021 : 0);
    }
  }
  return crc;
}
/** Edits a code's bytes and signs it again, so only the edit under test is wrong. */
function edited(code: string, edit: (bytes: number[]) => void): string {
  const bytes = bytesOf(code).slice(0, -2);
  edit(bytes);
  const crc = crc16(bytes);
  return codeOf([...bytes, crc >> 8, crc & 0xff]);
}
const utf8Length = (text: string) => new TextEncoder().encode(text).length;

describe('encodeShareCode / decodeShareCode round trips', () => {
  it.each<[string, SharePayload]>([
    ['every answer, no plan', payload()],
    ...EDUCATION_PLANS.map((plan): [string, SharePayload] => [
      `every answer, plan ${plan}, a group`,
      payload({ educationPlan: plan, group: 'Period 3' }),
    ]),
    ['a group with accents and emoji', payload({ group: 'Período 3 · Díaz 👩🏽‍⚕️' })],
  ])('%s', (_name, input) => {
    expect(decode(encode(input))).toEqual({
      ok: true,
      payload: input,
      contentVersion: CONTENT_VERSION,
      dropped: 0,
    });
  });

  it('writes the documented layout in 31 characters for a full 44-item quiz', () => {
    const code = encode(payload({ educationPlan: 'associate' }));
    const bytes = bytesOf(code);
    expect(code).toHaveLength(31);
    expect(codeOf(bytes)).toBe(code);
    expect(bytes.slice(0, 2)).toEqual([SHARE_FORMAT_VERSION, CONTENT_VERSION]);
    expect(bytes[2]! >> 5).toBe(2); // plan: EDUCATION_PLANS index 1, plus 1
    expect(bytes.at(-3)).toBe(0); // no group
    expect(crc16(bytes.slice(0, -2))).toBe((bytes.at(-2)! << 8) + bytes.at(-1)!);
  });

  it('trims the group and cuts it to 40 UTF-8 bytes without splitting a character', () => {
    expect(normalizeGroup('  Period 3 \n')).toBe('Period 3');
    expect(normalizeGroup('   ')).toBeNull();
    expect(normalizeGroup('a\u0000b\u202ec')).toBe('abc');
    expect(normalizeGroup(`${'x'.repeat(38)}é!`)).toBe(`${'x'.repeat(38)}é`);
    expect(normalizeGroup(`${'x'.repeat(39)}é`)).toBe('x'.repeat(39));
    expect(normalizeGroup(`${'x'.repeat(37)}🎓`)).toBe('x'.repeat(37));
    expect(normalizeGroup(`${'x'.repeat(30)}👩🏽‍⚕️`)).toBe('x'.repeat(30)); // one 17-byte grapheme
    const long = 'Señora Núñez — Health Careers, Period 3 and 4';
    const result = decode(encode(payload({ group: long })));
    expect(result.ok && result.payload.group).toBe('Señora Núñez — Health Careers, Peri');
    expect(utf8Length('Señora Núñez — Health Careers, Peri')).toBe(40);
  });

  it('makes URL-safe codes', () => {
    const code = encode(payload({ educationPlan: 'unsure', group: 'Grupo ñ/?&#' }));
    expect(encodeURIComponent(code)).toBe(code);
  });
});

describe('decodeShareCode failures', () => {
  const good = encode(payload({ educationPlan: 'bachelor', group: 'P3' }));
  const swap = (code: string, at: number) =>
    code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);

  it.each<[string, unknown, string]>([
    ['empty string', '', 'empty'],
    ['whitespace', '   ', 'empty'],
    ['undefined', undefined, 'empty'],
    ['null', null, 'empty'],
    ['a number', 42, 'not-a-code'],
    ['an object', { code: good }, 'not-a-code'],
    ['a word', 'hello', 'not-a-code'],
    ['padding', `${good}=`, 'not-a-code'],
    ['a space inside', `${good.slice(0, 9)} ${good.slice(9)}`, 'not-a-code'],
    ['the prefix alone', 'c', 'damaged'],
    ['a word starting with c', 'cat', 'damaged'],
    ['the last character removed', good.slice(0, -1), 'damaged'],
    ['one character changed', swap(good, 10), 'damaged'],
    ['a newer format', edited(good, (b) => (b[0] = 2)), 'newer-format'],
    ['format 0', edited(good, (b) => (b[0] = 0)), 'damaged'],
    ['content version 99', edited(good, (b) => (b[1] = 99)), 'unknown-content'],
    ['an answer of 7', edited(good, (b) => (b[2]! |= 0b00011100)), 'damaged'],
    ['plan 7', edited(good, (b) => (b[2]! |= 0b11100000)), 'damaged'],
    ['a control character in the group', edited(good, (b) => (b[b.length - 1] = 10)), 'damaged'],
    ['invalid UTF-8 in the group', edited(good, (b) => (b[b.length - 1] = 0xff)), 'damaged'],
    ['an extra byte', edited(good, (b) => b.push(0)), 'damaged'],
  ])('%s → %s', (_name, code, reason) => {
    expect(decode(code)).toEqual({ ok: false, reason });
  });

  it('accepts a code with surrounding whitespace', () => {
    expect(decode(` ${good}\n`).ok).toBe(true);
  });
});

describe('content versions', () => {
  const sets: QuestionSets = { 1: ['q-a', 'q-b', 'q-c'], 2: ['q-b', 'q-c', 'q-d'] };

  it('opens an old version, keeping answers by id and counting the dropped ones', () => {
    const old = encodeShareCode(
      { answers: { 'q-a': 1, 'q-b': 2, 'q-c': 5 }, educationPlan: 'certificate', group: null },
      sets,
      1,
    );
    expect(decodeShareCode(old, sets, 2)).toEqual({
      ok: true,
      payload: { answers: { 'q-b': 2, 'q-c': 5 }, educationPlan: 'certificate', group: null },
      contentVersion: 1,
      dropped: 1,
    });
  });

  it('opens a real version-1 code (the first scoring model) and re-scores it with honest confidence', () => {
    const v1 = QUESTION_SETS[1] ?? [];
    const answers = Object.fromEntries(v1.map((id, i) => [id, ((i % 5) + 1) as 1]));
    const code = encodeShareCode({ answers, educationPlan: null, group: null }, QUESTION_SETS, 1);
    const decoded = decodeShareCode(code, QUESTION_SETS, CONTENT_VERSION);
    expect(decoded.ok && decoded.contentVersion).toBe(1);
    if (!decoded.ok) return;
    const kept = v1.filter((id) => QUESTION_IDS.includes(id));
    expect(Object.keys(decoded.payload.answers).sort()).toEqual([...kept].sort());
    expect(decoded.dropped).toBe(v1.length - kept.length);
    const result = recommend(QUESTIONS, decoded.payload.answers);
    expect(result.confidence.level).toBe('low');
  });

  it('says a code from a newer content version is unknown content', () => {
    const newer = encodeShareCode(payload(), { 3: QUESTION_IDS }, 3);
    expect(decodeShareCode(newer, sets, 2)).toEqual({ ok: false, reason: 'unknown-content' });
  });

  it('refuses to encode for a version it has no list for', () => {
    expect(() => encodeShareCode(payload(), sets, 7)).toThrow(RangeError);
  });
});

const answersArb = fc
  .array(fc.integer({ min: 0, max: 5 }), {
    minLength: QUESTION_IDS.length,
    maxLength: QUESTION_IDS.length,
  })
  .map((values) => {
    const answers: Answers = {};
    QUESTION_IDS.forEach((id: QuestionId, i) => {
      const value = values[i];
      if (value) answers[id] = value as LikertValue;
    });
    return answers;
  });
const groupArb = fc.option(
  fc.oneof(
    fc.string({ maxLength: 40, unit: 'grapheme' }),
    fc.string({ maxLength: 40, unit: 'binary' }),
  ),
);
const payloadArb = fc.record({
  answers: answersArb,
  educationPlan: fc.option(fc.constantFrom(...EDUCATION_PLANS)),
  group: groupArb,
});
const runs = { numRuns: 20_000 };
// Well under a second each alone; the margin is for a busy CI machine running every suite at once.
const slow = 30_000;

describe('share code properties', () => {
  it(
    'round-trips every valid payload, with the group normalized',
    () => {
      fc.assert(
        fc.property(payloadArb, (input) => {
          const code = encode(input);
          expect(encodeURIComponent(code)).toBe(code);
          expect(decode(code)).toEqual({
            ok: true,
            payload: { ...input, group: normalizeGroup(input.group) },
            contentVersion: CONTENT_VERSION,
            dropped: 0,
          });
        }),
        runs,
      );
    },
    slow,
  );

  it(
    'normalizes groups to at most 40 UTF-8 bytes, idempotently',
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 80, unit: 'binary' }), (text) => {
          const group = normalizeGroup(text);
          expect(normalizeGroup(group)).toBe(group);
          expect(utf8Length(group ?? '')).toBeLessThanOrEqual(40);
        }),
        runs,
      );
    },
    slow,
  );

  it(
    'calls any one changed character, or any cut, damaged',
    () => {
      const edits = fc.record({ input: payloadArb, at: fc.nat(), digit: fc.nat(63) });
      fc.assert(
        fc.property(edits, ({ input, at, digit }) => {
          const code = encode(input);
          const i = 1 + (at % (code.length - 1));
          const char = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[digit]!;
          fc.pre(char !== code[i]);
          expect(decode(code.slice(0, i) + char + code.slice(i + 1))).toEqual({
            ok: false,
            reason: 'damaged',
          });
          expect(decode(code.slice(0, i))).toEqual({ ok: false, reason: 'damaged' });
        }),
        runs,
      );
    },
    slow,
  );

  const neverThrows = (code: string) => {
    const result = decode(code);
    expect(typeof result.ok).toBe('boolean');
  };

  it(
    'never throws on any string',
    () => {
      fc.assert(fc.property(fc.string(), neverThrows), { numRuns: 100_000 });
    },
    slow,
  );

  it(
    'never throws on code-shaped strings',
    () => {
      fc.assert(fc.property(fc.stringMatching(/^c[A-Za-z0-9_-]{0,40}$/), neverThrows), runs);
    },
    slow,
  );

  it(
    'never throws on any unicode text',
    () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), neverThrows), runs);
    },
    slow,
  );
});

describe('a code with no answers', () => {
  it('is refused as "no-answers", with or without a group or plan', () => {
    for (const payload of [
      { answers: {}, educationPlan: null, group: null },
      { answers: {}, educationPlan: null, group: 'Period 3' },
    ]) {
      const code = encodeShareCode(payload, QUESTION_SETS, CONTENT_VERSION);
      expect(decodeShareCode(code, QUESTION_SETS, CONTENT_VERSION)).toEqual({
        ok: false,
        reason: 'no-answers',
      });
    }
  });
});

describe('canonical group labels', () => {
  it.each([
    ['  Period 3  ', 'Period 3'],
    ['Period\u00a03', 'Period 3'],
    ['\ufeffPeriod 3', 'Period 3'],
    ['Per\u200biod 3', 'Period 3'],
    ['\u202ePeriod 3\u202c', 'Period 3'],
    ['Period\u2066 3\u2069', 'Period 3'],
    ['Pe\u00adriod   3', 'Period 3'],
    ['Perı\u0301od', 'Perı\u0301od'.normalize('NFC')],
  ])('%j encodes as %j, so one result has one code', (label, canonical) => {
    const base = { answers: { [QUESTION_IDS[0]!]: 3 as LikertValue }, educationPlan: null };
    const code = encodeShareCode({ ...base, group: label }, QUESTION_SETS, CONTENT_VERSION);
    expect(code).toBe(
      encodeShareCode({ ...base, group: canonical }, QUESTION_SETS, CONTENT_VERSION),
    );
    const decoded = decodeShareCode(code, QUESTION_SETS, CONTENT_VERSION);
    expect(decoded.ok && decoded.payload.group).toBe(canonical);
  });
});
