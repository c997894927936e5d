import { CAREER_IDS, type CareerId } from './careers';
import { CAREER_PROFILES } from './career-profiles';
import { rawFit } from './raw-fit';
import type { ProfileInput } from './scoring';
import { TRAIT_IDS } from './traits';

/*
 * The reference population a career's raw fit is standardized against: scale scores drawn
 * uniformly from 0–100, independently per scale (a student with no particular lean). A career that
 * is easy to be near for everyone (a low skill bar, a middling profile) gets a high mean here and
 * so no head start: every career is judged by how much better it fits *this* student than it fits
 * a student with no lean. Deterministic (fixed seed), computed once on first use.
 */
export const REFERENCE_SIZE = 4000;
const SEED = 0x5ca1ab1e;

export interface ReferenceStat {
  mean: number;
  sd: number;
}

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function referenceProfiles(size = REFERENCE_SIZE, seed = SEED): ProfileInput[] {
  const rng = mulberry32(seed);
  return Array.from({ length: size }, () =>
    Object.fromEntries(TRAIT_IDS.map((t) => [t, { score: 100 * rng() }])),
  );
}

let cached: Readonly<Record<CareerId, ReferenceStat>> | null = null;

export function referenceStats(): Readonly<Record<CareerId, ReferenceStat>> {
  if (cached) return cached;
  const people = referenceProfiles();
  const stats = {} as Record<CareerId, ReferenceStat>;
  for (const id of CAREER_IDS) {
    const raws = people.map((p) => rawFit(p, CAREER_PROFILES[id]));
    const m = raws.reduce((a, b) => a + b, 0) / raws.length;
    const sd = Math.sqrt(raws.reduce((a, r) => a + (r - m) ** 2, 0) / raws.length);
    stats[id] = { mean: m, sd };
  }
  cached = stats;
  return stats;
}
