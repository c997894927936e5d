import { fromBase64Url } from './base64url';
import { EDUCATION_PLANS } from './education';
import {
  SHARE_FORMAT_VERSION,
  checksum,
  type DecodeResult,
  type QuestionSets,
  type SharePayload,
} from './result-code';
import type { Answers, LikertValue, QuestionId } from './types';

function unpack(bytes: readonly number[], count: number): number[] | null {
  const values: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = ((acc << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 3 && values.length < count) {
      bits -= 3;
      values.push((acc >> bits) & 7);
    }
  }
  return values.length === count ? values : null;
}

function readGroup(bytes: readonly number[]): string | null | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(text)) return undefined;
    return text || null;
  } catch {
    return undefined;
  }
}

function toPayload(
  values: number[],
  ids: readonly QuestionId[],
  group: string | null,
): SharePayload | null {
  const [plan = 0, ...answers] = values;
  if (plan > EDUCATION_PLANS.length || answers.some((v) => v > 5)) return null;
  const map: Answers = {};
  ids.forEach((id, i) => {
    const v = answers[i];
    if (v) map[id] = v as LikertValue;
  });
  return { answers: map, educationPlan: plan ? (EDUCATION_PLANS[plan - 1] ?? null) : null, group };
}

function remap(payload: SharePayload, current: readonly QuestionId[]) {
  const keep = new Set<string>(current);
  const answers: Answers = {};
  let dropped = 0;
  for (const [id, v] of Object.entries(payload.answers)) {
    if (keep.has(id)) answers[id as QuestionId] = v;
    else dropped++;
  }
  return { payload: { ...payload, answers }, dropped };
}

/** Decodes a result code from any source; never throws, says why a code cannot be used. */
export function decodeShareCode(
  code: unknown,
  sets: QuestionSets,
  currentVersion: number,
): DecodeResult {
  if (typeof code !== 'string') return { ok: false, reason: 'not-a-code' };
  const text = code.trim();
  if (!text) return { ok: false, reason: 'empty' };
  const bytes = text.startsWith('c') ? fromBase64Url(text.slice(1)) : null;
  if (!bytes) return { ok: false, reason: 'not-a-code' };
  if (bytes.length < 5) return { ok: false, reason: 'damaged' };
  const body = bytes.slice(0, -2);
  const sum = ((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0);
  if (checksum(body) !== sum) return { ok: false, reason: 'damaged' };
  const [format = 0, version = 0] = body;
  if (format > SHARE_FORMAT_VERSION) return { ok: false, reason: 'newer-format' };
  if (format !== SHARE_FORMAT_VERSION) return { ok: false, reason: 'damaged' };
  const ids = sets[version];
  const current = sets[currentVersion];
  if (!ids || !current) return { ok: false, reason: 'unknown-content' };
  const packed = Math.ceil(((ids.length + 1) * 3) / 8);
  const groupLength = body[2 + packed];
  if (groupLength === undefined || body.length !== 3 + packed + groupLength)
    return { ok: false, reason: 'damaged' };
  const values = unpack(body.slice(2, 2 + packed), ids.length + 1);
  const group = readGroup(body.slice(3 + packed));
  const payload = values && group !== undefined ? toPayload(values, ids, group) : null;
  if (!payload) return { ok: false, reason: 'damaged' };
  return { ok: true, contentVersion: version, ...remap(payload, current) };
}
