import { EDUCATION_PLANS, type EducationPlan } from './education';
import { isLikertValue } from './scoring';
import type { Answers, LikertValue, QuestionId } from './types';

/*
 * Share codes: a result (answers, education plan, group label) as a short URL-safe string, so a
 * link reproduces it on any device with no server. A code is 'c' + base64url (no padding) of:
 *
 *   byte 0      format version (SHARE_FORMAT_VERSION)
 *   byte 1      content version: which QuestionSets list the answers follow
 *   body        bits, most significant first: education plan in 3 bits (0 none, 1–4 =
 *               EDUCATION_PLANS index + 1), then 3 bits per question in the set's order
 *               (0 unanswered, 1–5 the answer), zero-padded to a whole byte
 *   1 byte      group label length in UTF-8 bytes (0–40), then those bytes
 *   last 2      CRC-16/CCITT-FALSE, big-endian, of every byte before it
 *
 * Every future format must keep the 'c', the format byte first and the CRC last, so any build can
 * tell a newer code (valid CRC, higher format) from random or damaged text (bad CRC). A CRC, not
 * a hash: it catches every error burst of up to 16 bits, so one mistyped character, or two next to
 * each other, always fails. Unused bits must be zero, so each result has exactly one code.
 */

/** The binary layout this build writes; codes with a higher number are from a newer build. */
export const SHARE_FORMAT_VERSION = 1;

export interface SharePayload {
  answers: Answers;
  educationPlan: EducationPlan | null;
  group: string | null;
}

/** Each content version's question ids, in the order codes store their answers. */
export type QuestionSets = Readonly<Record<number, readonly QuestionId[]>>;

export type DecodeFailure =
  'empty' | 'not-a-code' | 'damaged' | 'newer-format' | 'unknown-content' | 'no-answers';
export type DecodeResult =
  | { ok: true; payload: SharePayload; contentVersion: number; dropped: number }
  | { ok: false; reason: DecodeFailure };

const PREFIX = 'c';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const MAX_CODE_CHARS = 2000;
const MAX_GROUP_BYTES = 40;
const utf8 = new TextEncoder();
// C0/C1 controls plus bidi embeddings, overrides and isolates, which could reorder the text shown around a label.
const CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
const CONTROLS = new RegExp(CONTROL.source, 'gu');
// In a /u pattern a surrogate class matches only unpaired halves, which have no UTF-8 form.
const LONE_SURROGATES = /[\ud800-\udfff]/gu;
// Invisible characters (zero-width, direction marks, BOM, soft hyphen) that would let one label
// have many spellings (the zero-width joiner stays: emoji such as 👩🏽‍⚕️ are built with it), and every kind of space, which becomes one plain space.
const INVISIBLES = /[\u200b\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/gu;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu;

/** A name or label as CareerFit keeps it: NFC, invisibles and controls gone, spaces collapsed. */
export function canonicalText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLES, '')
    .replace(CONTROLS, '')
    .replace(LONE_SURROGATES, '\ufffd')
    .replace(SPACES, ' ')
    .trim();
}

function crc16(bytes: readonly number[]): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = ((crc << 1) ^ (crc & 0x8000 ? 0x1021 : 0)) & 0xffff;
  }
  return crc;
}

/** Re-slices `from`-bit values into `to`-bit values, most significant bit first; `tail` holds the leftover bits. */
function regroup(values: readonly number[], from: number, to: number) {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const value of values) {
    acc = ((acc << from) | value) & 0xffff;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & ((1 << to) - 1));
    }
  }
  return { out, tail: acc & ((1 << bits) - 1), tailBits: bits };
}

function pack(values: readonly number[], from: number, to: number): number[] {
  const { out, tail, tailBits } = regroup(values, from, to);
  return tailBits > 0 ? [...out, tail << (to - tailBits)] : out;
}

function characters(text: string): string[] {
  if (typeof Intl === 'object' && typeof Intl.Segmenter === 'function') {
    const segments = new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text);
    return Array.from(segments, (s) => s.segment);
  }
  return Array.from(text);
}

/**
 * The group label as codes carry it: control characters removed, unpaired surrogates replaced,
 * trimmed, and cut to 40 UTF-8 bytes without splitting a character (a grapheme where the host
 * can segment them, else a code point). Null when nothing is left.
 */
export function normalizeGroup(group: string | null): string | null {
  const text = canonicalText(group ?? '');
  if (utf8.encode(text).length <= MAX_GROUP_BYTES) return text || null;
  let kept = '';
  let size = 0;
  for (const character of characters(text)) {
    size += utf8.encode(character).length;
    if (size > MAX_GROUP_BYTES) break;
    kept += character;
  }
  return kept.trimEnd() || null;
}

/**
 * Encodes a result as a share code for `contentVersion`'s question set. Answers to questions
 * outside that set, and values that are not 1–5, are left out; the group is normalized.
 * @throws RangeError when `sets` has no list for `contentVersion` or it does not fit in a byte.
 */
export function encodeShareCode(
  payload: SharePayload,
  sets: QuestionSets,
  contentVersion: number,
): string {
  const ids = sets[contentVersion];
  if (!ids || !Number.isInteger(contentVersion) || contentVersion < 0 || contentVersion > 255) {
    throw new RangeError(`No question set for content version ${contentVersion}`);
  }
  const plan = payload.educationPlan ? EDUCATION_PLANS.indexOf(payload.educationPlan) + 1 : 0;
  const answers = ids.map((id) => payload.answers[id]).map((v) => (isLikertValue(v) ? v : 0));
  const group = Array.from(utf8.encode(normalizeGroup(payload.group) ?? ''));
  const bytes = [SHARE_FORMAT_VERSION, contentVersion, ...pack([plan, ...answers], 3, 8)];
  bytes.push(group.length, ...group);
  const crc = crc16(bytes);
  bytes.push(crc >> 8, crc & 0xff);
  const digits = pack(bytes, 8, 6);
  return PREFIX + digits.map((digit) => ALPHABET[digit]).join('');
}

function readBytes(code: unknown): number[] | DecodeFailure {
  if (code === undefined || code === null) return 'empty';
  if (typeof code !== 'string') return 'not-a-code';
  const text = code.trim();
  if (!text) return 'empty';
  const digits = text.slice(PREFIX.length);
  if (!text.startsWith(PREFIX) || text.length > MAX_CODE_CHARS || !BASE64URL.test(digits)) {
    return 'not-a-code';
  }
  const values = Array.from(digits, (ch) => ALPHABET.indexOf(ch));
  const { out, tail, tailBits } = regroup(values, 6, 8);
  // 6 leftover bits means a length no encoder writes; set leftover bits mean an altered last character.
  return tailBits < 6 && tail === 0 ? out : 'damaged';
}

function readAnswers(body: readonly number[], ids: readonly QuestionId[]) {
  const { out, tail } = regroup(body, 8, 3);
  const [plan = 0, ...values] = out.slice(0, ids.length + 1);
  const padding = out.slice(ids.length + 1);
  if (plan > EDUCATION_PLANS.length || values.some((v) => v > 5)) return null;
  if (tail !== 0 || padding.some((v) => v !== 0)) return null;
  const answers = new Map<QuestionId, LikertValue>();
  ids.forEach((id, i) => {
    const value = values[i];
    if (isLikertValue(value)) answers.set(id, value);
  });
  return { answers, educationPlan: plan ? (EDUCATION_PLANS[plan - 1] ?? null) : null };
}

function readGroup(bytes: readonly number[]): string | null | undefined {
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const text = decoder.decode(new Uint8Array(bytes));
    // Refuse what no encoder ever wrote (controls, surrounding spaces); older codes may carry
    // invisible or doubled spaces inside, so those are read in canonical form, not refused.
    if (CONTROL.test(text) || text !== text.trim()) return undefined;
    return canonicalText(text) || null;
  } catch {
    return undefined;
  }
}

/** The body and group of a signed, format-1 code (CRC stripped), or null if they are malformed. */
function readContent(signed: readonly number[], ids: readonly QuestionId[]) {
  const groupAt = 2 + Math.ceil((3 * (ids.length + 1)) / 8);
  const groupLength = signed[groupAt] ?? MAX_GROUP_BYTES + 1;
  if (groupLength > MAX_GROUP_BYTES || signed.length !== groupAt + 1 + groupLength) return null;
  const read = readAnswers(signed.slice(2, groupAt), ids);
  const group = readGroup(signed.slice(groupAt + 1));
  return read && group !== undefined ? { ...read, group } : null;
}

/**
 * Reads a share code from any untrusted input; never throws. Answers are carried onto the
 * current version's questions by id: answers to questions that no longer exist are dropped and
 * counted in `dropped`. A failure says why: nothing given, not a code at all, damaged (cut off,
 * mistyped, altered), written by a newer build, or for a question list this build lacks.
 */
export function decodeShareCode(
  code: unknown,
  sets: QuestionSets,
  currentVersion: number,
): DecodeResult {
  const fail = (reason: DecodeFailure): DecodeResult => ({ ok: false, reason });
  const bytes = readBytes(code);
  if (typeof bytes === 'string') return fail(bytes);
  if (bytes.length < 4) return fail('damaged');
  const signed = bytes.slice(0, -2);
  if (crc16(signed) !== ((bytes.at(-2) ?? 0) << 8) + (bytes.at(-1) ?? 0)) return fail('damaged');
  const [format = 0, contentVersion = 0] = signed;
  if (format > SHARE_FORMAT_VERSION) return fail('newer-format');
  if (format !== SHARE_FORMAT_VERSION) return fail('damaged');
  const ids = sets[contentVersion];
  const current = sets[currentVersion];
  // A version missing from `sets` is usually from a newer version of the quiz (a higher number
  // than currentVersion); either way this build cannot tell which question each answer was for.
  if (!ids || !current) return fail('unknown-content');
  const content = readContent(signed, ids);
  if (!content) return fail('damaged');
  const keep = new Set(current);
  const answers: Answers = {};
  for (const [id, value] of content.answers) if (keep.has(id)) answers[id] = value;
  const dropped = content.answers.size - Object.keys(answers).length;
  // A code with no answers is no result: it must not open as one or import as a student.
  if (Object.keys(answers).length === 0) return fail('no-answers');
  const payload = { answers, educationPlan: content.educationPlan, group: content.group };
  return { ok: true, payload, contentVersion, dropped };
}
