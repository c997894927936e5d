import { CAREER_PROFILES } from './career-profiles';
import type { CareerId } from './careers';
import { rankCareers } from './fit';
import { studentScore } from './raw-fit';
import type { ProfileInput } from './scoring';
import { TRAIT_IDS, type TraitId } from './traits';

export interface TraitChange {
  trait: TraitId;
  from: number;
  to: number;
}

export interface WhyNot {
  careerId: CareerId;
  /** The fewest trait changes (found greedily) after which this career ranks first. */
  changes: TraitChange[];
}

function lead(profile: ProfileInput, careerId: CareerId): number {
  const ranking = rankCareers(profile);
  const own = ranking.find((r) => r.careerId === careerId)?.fit ?? 0;
  const best = ranking.find((r) => r.careerId !== careerId)?.fit ?? 0;
  return own - best;
}

/**
 * What would have to be different for `careerId` to rank first: at each step, move the one trait
 * (to the level this career asks for) that most improves its lead, until it leads.
 */
export function whyNot(profile: ProfileInput, careerId: CareerId): WhyNot {
  const target = CAREER_PROFILES[careerId];
  let current: ProfileInput = { ...profile };
  const changes: TraitChange[] = [];
  while (rankCareers(current)[0]?.careerId !== careerId && changes.length < TRAIT_IDS.length) {
    let best: { trait: TraitId; lead: number } | null = null;
    for (const trait of TRAIT_IDS) {
      if (changes.some((c) => c.trait === trait)) continue;
      const tried = { ...current, [trait]: { score: target[trait].level } };
      const l = lead(tried, careerId);
      if (!best || l > best.lead) best = { trait, lead: l };
    }
    if (!best) break;
    const from = studentScore(current, best.trait);
    changes.push({ trait: best.trait, from, to: target[best.trait].level });
    current = { ...current, [best.trait]: { score: target[best.trait].level } };
  }
  return { careerId, changes };
}
