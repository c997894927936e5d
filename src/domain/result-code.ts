import { toBase64Url } from './base64url';
import { EDUCATION_PLANS, type EducationPlan } from './education';
import type { Answers, QuestionId } from './types';

/**
 * Result codes: everything a result needs, in a short URL-safe string, so a link reproduces it
 * on any device with no server. Layout (bytes, then base64url with a leading 'c'):
 *   [format version][content version][bit-packed body][group length][group UTF-8][checksum ×2]
 * The body is 3 bits for the education plan (0 none, 1–4) and 3 bits per question of that
 * content version, in order (0 unanswered, 1–5 the answer), padded to a whole byte.
 */
export const SHARE_FORMAT_VERSION = 1;
const PREFIX = 'c';
const MAX_GROUP_BYTES = 40;

export interface SharePayload {
  answers: Answers;
  educationPlan: EducationPlan | null;
  group: string | null;
}

/** Each content version's question ids, in the order codes store them. */
export type QuestionSets = Readonly<Record<number, readonly QuestionId[]>>;

export type DecodeFailure = 'empty' | 'not-a-code' | 'damaged' | 'newer-format' | 'unknown-content';
export type DecodeResult =
  | { ok: true; payload: SharePayload; contentVersion: number; dropped: number }
  | { ok: false; reason: DecodeFailure };

/** FNV-1a folded to 16 bits: catches truncated, mistyped and tampered codes. */
export function checksum(bytes: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const b of bytes) hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
  return (hash ^ (hash >>> 16)) & 0xffff;
}

/** Trims a group label and cuts it to 40 UTF-8 bytes without splitting a character. */
export function normalizeGroup(group: string | null): string | null {
  let text = group?.trim() ?? '';
  const encoder = new TextEncoder();
  while (encoder.encode(text).length > MAX_GROUP_BYTES) text = [...text].slice(0, -1).join('');
  return text ? text : null;
}

function packBody(payload: SharePayload, ids: readonly QuestionId[]): number[] {
  const values = [payload.educationPlan ? EDUCATION_PLANS.indexOf(payload.educationPlan) + 1 : 0];
  for (const id of ids) values.push(payload.answers[id] ?? 0);
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const v of values) {
    acc = (acc << 3) | v;
    bits += 3;
    while (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 255);
    }
  }
  if (bits > 0) bytes.push((acc << (8 - bits)) & 255);
  return bytes;
}

/** Encodes a result for `contentVersion`'s question set. */
export function encodeShareCode(
  payload: SharePayload,
  sets: QuestionSets,
  contentVersion: number,
): string {
  const ids = sets[contentVersion] ?? [];
  const group = new TextEncoder().encode(normalizeGroup(payload.group) ?? '');
  const bytes = [
    SHARE_FORMAT_VERSION,
    contentVersion & 255,
    ...packBody(payload, ids),
    group.length,
    ...group,
  ];
  const sum = checksum(bytes);
  return PREFIX + toBase64Url([...bytes, sum >> 8, sum & 255]);
}
