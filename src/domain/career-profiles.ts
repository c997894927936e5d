import { CAREER_IDS, type CareerId } from './careers';
import { mappedProfile } from './profiles/mapping';
import { ONET_RATINGS } from './profiles/onet-ratings';
import { PROFILE_OVERRIDES } from './profiles/overrides';
import type { CareerProfile } from './types';

function buildProfile(career: CareerId): CareerProfile {
  const profile = { ...mappedProfile(ONET_RATINGS[career]) };
  for (const o of PROFILE_OVERRIDES) {
    if (o.career !== career) continue;
    profile[o.trait] = {
      level: o.level,
      importance: o.importance,
      basis: `Article: ${o.quote} (the O*NET mapping gives ${profile[o.trait].level}: ${profile[o.trait].basis})`,
    };
  }
  return profile;
}

/**
 * Each career's target profile: the O*NET mapping in ./profiles/mapping, with the article-based
 * exceptions in ./profiles/overrides. Every target carries its basis.
 */
export const CAREER_PROFILES: Readonly<Record<CareerId, CareerProfile>> = Object.fromEntries(
  CAREER_IDS.map((id) => [id, buildProfile(id)]),
) as Record<CareerId, CareerProfile>;
