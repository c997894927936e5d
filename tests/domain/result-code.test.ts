import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EDUCATION_PLANS,
  decodeShareCode,
  encodeShareCode,
  normalizeGroup,
  type Answers,
  type QuestionSets,
  type SharePayload,
} from '../../src/domain';
import { fromBase64Url, toBase64Url } from '../../src/domain/base64url';
import { checksum } from '../../src/domain/result-code';
import { CONTENT_VERSION, QUESTION_SETS } from '../../src/content/question-sets';
import { QUESTION_IDS } from '../../src/content/question-ids';

const encode = (p: SharePayload) => encodeShareCode(p, QUESTION_SETS, CONTENT_VERSION);
const decode = (code: unknown) => decodeShareCode(code, QUESTION_SETS, CONTENT_VERSION);
const full = Object.fromEntries(QUESTION_IDS.map((id, i) => [id, (i % 5) + 1])) as Answers;

/** Re-signs a byte-edited code so only the edit under test is wrong. */
function reSign(code: string, edit: (bytes: number[]) => void): string {
  const bytes = fromBase64Url(code.slice(1))!.slice(0, -2);
  edit(bytes);
  const sum = checksum(bytes);
  return `c${toBase64Url([...bytes, sum >> 8, sum & 255])}`;
}

describe('result codes', () => {
  it.each([
    ['no answers', { answers: {}, educationPlan: null, group: null }],
    ['every answer', { answers: full, educationPlan: 'bachelor', group: null }],
    [
      'a group with accents and emoji',
      { answers: full, educationPlan: 'unsure', group: 'Período 3 🎓' },
    ],
  ] as const)('round-trips %s', (_name, payload) => {
    const result = decode(encode(payload as SharePayload));
    expect(result).toEqual({ ok: true, payload, contentVersion: 1, dropped: 0 });
  });

  it('is short and URL-safe', () => {
    const code = encode({ answers: full, educationPlan: 'associate', group: 'P3 Room 214' });
    expect(code.length).toBeLessThanOrEqual(48);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it('cuts a long group at 40 bytes without splitting a character', () => {
    const group = normalizeGroup('é'.repeat(30));
    expect(group).toBe('é'.repeat(20));
    expect(normalizeGroup('   ')).toBeNull();
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [42, 'not-a-code'],
    [null, 'not-a-code'],
    ['hello', 'not-a-code'],
    ['c', 'damaged'],
    ['c!!!', 'not-a-code'],
  ] as const)('refuses %j as %s', (code, reason) => {
    expect(decode(code)).toEqual({ ok: false, reason });
  });

  it('refuses a truncated or tampered code as damaged', () => {
    const code = encode({ answers: full, educationPlan: 'certificate', group: 'P3' });
    expect(decode(code.slice(0, -1))).toEqual({ ok: false, reason: 'damaged' });
    const tampered = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    expect(decode(tampered)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('refuses a newer format and an unknown content version by name', () => {
    const code = encode({ answers: full, educationPlan: null, group: null });
    expect(decode(reSign(code, (b) => (b[0] = 2)))).toEqual({ ok: false, reason: 'newer-format' });
    expect(decode(reSign(code, (b) => (b[1] = 99)))).toEqual({
      ok: false,
      reason: 'unknown-content',
    });
  });

  it('opens a code from an older content version, dropping answers to removed questions', () => {
    const sets: QuestionSets = { 1: ['q-a', 'q-b', 'q-c'], 2: ['q-b', 'q-c', 'q-d'] };
    const old = encodeShareCode(
      { answers: { 'q-a': 1, 'q-b': 2, 'q-c': 3 }, educationPlan: null, group: null },
      sets,
      1,
    );
    expect(decodeShareCode(old, sets, 2)).toEqual({
      ok: true,
      contentVersion: 1,
      dropped: 1,
      payload: { answers: { 'q-b': 2, 'q-c': 3 }, educationPlan: null, group: null },
    });
  });

  it('round-trips every valid payload (property)', () => {
    const answers = fc.dictionary(fc.constantFrom(...QUESTION_IDS), fc.integer({ min: 1, max: 5 }));
    // eslint-disable-next-line no-control-regex
    const printable = (s: string) => !/[\u0000-\u001f\u007f]/.test(s);
    const group = fc.option(fc.string({ maxLength: 40 }).filter(printable), { nil: null });
    const plan = fc.option(fc.constantFrom(...EDUCATION_PLANS), { nil: null });
    fc.assert(
      fc.property(answers, plan, group, (a, educationPlan, g) => {
        const payload = { answers: a as Answers, educationPlan, group: g };
        const result = decode(encode(payload));
        expect(result).toEqual({
          ok: true,
          contentVersion: 1,
          dropped: 0,
          payload: { ...payload, group: normalizeGroup(g) },
        });
      }),
      { numRuns: 5_000 },
    );
  });

  it('never throws on 100,000 random strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => typeof decode(s).ok === 'boolean'),
      { numRuns: 100_000 },
    );
    fc.assert(
      fc.property(
        fc.stringMatching(/^c[A-Za-z0-9_-]{0,40}$/),
        (s) => typeof decode(s).ok === 'boolean',
      ),
      { numRuns: 20_000 },
    );
  });
});

describe('base64url', () => {
  it('round-trips any bytes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });
});
