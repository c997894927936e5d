import { CAREER_IDS, type CareerFacts, type CareerId } from '../../domain';
import type { Locale, Localized } from '../../domain/locale';
import { CAREER_FACTS_BY_LOCALE } from '../../content/career-facts';
import { useLocalized } from '../../i18n';

function indexById(list: readonly CareerFacts[]): ReadonlyMap<CareerId, CareerFacts> {
  return new Map(list.map((facts) => [facts.id, facts]));
}

const BY_ID: Localized<ReadonlyMap<CareerId, CareerFacts>> = {
  en: indexById(CAREER_FACTS_BY_LOCALE.en),
  es: indexById(CAREER_FACTS_BY_LOCALE.es),
};

/** A career's facts in one language; content tests guarantee one entry per id. */
export function careerFactsFor(id: CareerId, locale: Locale = 'en'): CareerFacts {
  const facts = BY_ID[locale].get(id);
  if (!facts) throw new Error(`No career facts for "${id}" (${locale})`);
  return facts;
}

/** Every career's facts in CAREER_IDS order (records family first). */
export function allCareerFacts(locale: Locale): readonly CareerFacts[] {
  return CAREER_IDS.map((id) => careerFactsFor(id, locale));
}

/** A career's facts in the student's language. */
export function useCareerFacts(id: CareerId): CareerFacts {
  const facts = useLocalized(BY_ID).get(id);
  if (!facts) throw new Error(`No career facts for "${id}"`);
  return facts;
}
