import type { CareerId } from '../careers';
import { INTEREST_TRAIT_IDS, type TraitId } from '../traits';
import type { CareerProfile, TraitTarget } from '../types';
import type { OnetRatings } from './onet-ratings';

/*
 * The one mapping from O*NET ratings to targets (README "How scoring works"):
 * - interest areas: level = (OI − 1) / 6 × 100, from Occupational Interests 1–7; the weight only
 *   labels how central an area is (OI ≥ 5 essential, ≥ 3.5 matters): interests count by shape;
 * - skills and work styles: level = (IM − 1) / 4 × 100 from the Importance rating 1–5, and the
 *   weight from the same rating: IM ≥ 4.25 essential (3), IM ≥ 3.5 matters (2), otherwise 1;
 * - working on your own vs with people: level = 50 + 25 × (Independence − Social Orientation).
 * Any target that differs from this must be listed in ./overrides with the article's words.
 */
export function fromImportance(im: number): Pick<TraitTarget, 'level' | 'importance'> {
  const level = Math.round(((im - 1) / 4) * 100);
  const importance = im >= 4.25 ? 3 : im >= 3.5 ? 2 : 1;
  return { level, importance };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function mappedProfile(ratings: OnetRatings): CareerProfile {
  const im = (rating: number, what: string, code = ratings.ratingsCode): TraitTarget => ({
    ...fromImportance(rating),
    basis: `O*NET 18.1 ${what} IM ${rating.toFixed(2)} (${code}).`,
  });
  const profile = {} as Record<TraitId, TraitTarget>;
  for (const area of INTEREST_TRAIT_IDS) {
    const oi = ratings.interests[area];
    profile[area] = {
      level: Math.round(((oi - 1) / 6) * 100),
      importance: oi >= 5 ? 3 : oi >= 3.5 ? 2 : 1,
      basis: `O*NET 29.3 Interests ${area[0]?.toUpperCase()}${area.slice(1)} OI ${oi.toFixed(2)} (${ratings.interestCode}).`,
    };
  }
  profile.organization = im(ratings.clerical, 'Knowledge Clerical');
  profile.detail = im(ratings.attentionToDetail, 'Work Style Attention to Detail');
  profile.technology = im(ratings.computers, 'Knowledge Computers and Electronics');
  const speakingWriting = round2((ratings.speaking + ratings.writing) / 2);
  profile.communication = {
    ...fromImportance(speakingWriting),
    basis: `O*NET 18.1 Skills Speaking IM ${ratings.speaking.toFixed(2)} and Writing IM ${ratings.writing.toFixed(2)}, mean ${speakingWriting.toFixed(2)} (${ratings.ratingsCode}).`,
  };
  const lean = ratings.independence - ratings.socialOrientation;
  profile.independence = {
    level: Math.min(100, Math.max(0, Math.round(50 + 25 * lean))),
    importance: 2,
    basis: `O*NET 18.1 Work Styles Independence IM ${ratings.independence.toFixed(2)} − Social Orientation IM ${ratings.socialOrientation.toFixed(2)} (${ratings.ratingsCode}).`,
  };
  return profile;
}

export type MappedProfiles = Readonly<Record<CareerId, CareerProfile>>;
