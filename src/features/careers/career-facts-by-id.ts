import { CAREER_IDS, type CareerFacts, type CareerId } from '../../domain';
import { CAREER_FACTS } from '../../content/career-facts';

const BY_ID = new Map<CareerId, CareerFacts>(CAREER_FACTS.map((facts) => [facts.id, facts]));

/** A career's facts; content tests guarantee one entry per id. */
export function careerFactsFor(id: CareerId): CareerFacts {
  const facts = BY_ID.get(id);
  if (!facts) throw new Error(`No career facts for "${id}"`);
  return facts;
}

/** Every career's facts in CAREER_IDS order (records family first). */
export const ALL_CAREER_FACTS: readonly CareerFacts[] = CAREER_IDS.map(careerFactsFor);
