import type { CareerFacts, CareerId } from '../../domain';
import { CAREER_FACTS } from '../../content/career-facts';

const BY_ID = new Map<CareerId, CareerFacts>(CAREER_FACTS.map((facts) => [facts.id, facts]));

export function factsFor(id: CareerId): CareerFacts {
  const facts = BY_ID.get(id);
  if (!facts) throw new Error(`No career facts for "${id}"`);
  return facts;
}
