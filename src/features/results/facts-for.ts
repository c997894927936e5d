import type { CareerFacts, CareerId } from '../../domain';
import type { Locale, Localized } from '../../domain/locale';
import { CAREER_FACTS_BY_LOCALE } from '../../content/career-facts';
import { useLocale } from '../../i18n';

const byId = (list: readonly CareerFacts[]) =>
  new Map<CareerId, CareerFacts>(list.map((facts) => [facts.id, facts]));

const BY_ID: Localized<Map<CareerId, CareerFacts>> = {
  en: byId(CAREER_FACTS_BY_LOCALE.en),
  es: byId(CAREER_FACTS_BY_LOCALE.es),
};

export function factsFor(id: CareerId, locale: Locale): CareerFacts {
  const facts = BY_ID[locale].get(id);
  if (!facts) throw new Error(`No career facts for "${id}"`);
  return facts;
}

/** The career's facts in the student's language. */
export function useFacts(id: CareerId): CareerFacts {
  return factsFor(id, useLocale());
}
