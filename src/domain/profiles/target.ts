import type { TraitTarget } from '../types';

/** Shorthand for one trait target: level 0–100, importance 1–3, and what it rests on. */
export function target(
  level: number,
  importance: TraitTarget['importance'],
  basis: string,
): TraitTarget {
  return { level, importance, basis };
}
