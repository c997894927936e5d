import type { ConfidenceReason, FitBand, TraitEffect } from '../../domain';
import { traitKind } from '../../domain';
import type { Locale } from '../../domain/locale';
import { TRAIT_COPY_BY_LOCALE } from '../../content/trait-copy';
import { formatters } from '../../i18n/format';
import { resultsMessages } from './messages';

type ResultsMessages = (typeof resultsMessages)['en'];

const BAND_KEYS = {
  strong: 'bandStrong',
  good: 'bandGood',
  exploring: 'bandExploring',
} as const satisfies Record<FitBand, keyof ResultsMessages>;

/** "Strong fit" / "Muy compatible". */
export function bandLabel(band: FitBand, locale: Locale): string {
  return resultsMessages[locale][BAND_KEYS[band]];
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * A job title as it reads inside a sentence: "a medical coder", "an information clerk".
 * In Spanish the title only, lower-cased ("técnico/a de registros médicos"): Spanish titles name
 * both genders (docs/i18n.md), so no article fits them; the Spanish messages say "el trabajo de …".
 */
export function withArticle(title: string, locale: Locale): string {
  if (locale === 'es') return lowerFirst(title);
  const lower = title.toLowerCase();
  return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}

/** "x, y, and z" / "x, y y z", the way each language joins a list. */
export function listPhrases(phrases: readonly string[], locale: Locale): string {
  return formatters(locale).list(phrases);
}

/** A strength in plain words; for a work preference, a low score that fits is worded as such. */
export function strengthPhrase(effect: TraitEffect, locale: Locale): string {
  const copy = TRAIT_COPY_BY_LOCALE[locale][effect.trait];
  return effect.studentScore < 50 ? (copy.lowStrength ?? copy.strength) : copy.strength;
}

/** The one plain sentence of "why" under the headline. */
export function whySentence(
  strengths: readonly TraitEffect[],
  title: string,
  locale: Locale,
): string {
  const t = resultsMessages[locale];
  const article = withArticle(title, locale);
  if (strengths.length === 0) return t.whyNone(article);
  const phrases = strengths.map((s) => strengthPhrase(s, locale));
  return t.whyShows(listPhrases(phrases, locale), article);
}

/** A gap in plain words: a skill to build, or a work style that differs from the student's. */
export function gapSentence(gap: TraitEffect, locale: Locale): string {
  const t = resultsMessages[locale];
  const phrase = TRAIT_COPY_BY_LOCALE[locale][gap.trait].gap;
  if (traitKind(gap.trait) === 'skill') return t.gapSkill(phrase);
  return gap.studentScore > gap.careerLevel ? t.gapLess(phrase) : t.gapMore(phrase);
}

const REASON_KEYS = {
  'too-few-answers': 'reasonTooFewAnswers',
  'straight-lined': 'reasonStraightLined',
  contradictions: 'reasonContradictions',
  inconsistent: 'reasonInconsistent',
  'mixed-answers': 'reasonMixedAnswers',
  'flat-profile': 'reasonFlatProfile',
  'near-tie': 'reasonNearTie',
  'close-call': 'reasonCloseCall',
  'some-unanswered': 'reasonSomeUnanswered',
} as const satisfies Record<ConfidenceReason, keyof ResultsMessages>;

/** Why the result is less certain, in one sentence. */
export function confidenceReason(reason: ConfidenceReason, locale: Locale, unanswered = 0): string {
  if (reason === 'some-unanswered') return resultsMessages[locale].reasonSomeUnanswered(unanswered);
  return resultsMessages[locale][REASON_KEYS[reason]];
}

/** "Certificate program…" → "certificate program…", but "BLS…" stays as it is. */
export function midSentence(text: string): string {
  return /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
