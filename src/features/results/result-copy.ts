import type { ConfidenceReason, FitBand, TraitEffect } from '../../domain';
import { traitKind } from '../../domain';
import { TRAIT_COPY } from '../../content/trait-copy';

export const BAND_LABELS: Readonly<Record<FitBand, string>> = {
  strong: 'Strong fit',
  good: 'Good fit',
  exploring: 'Worth exploring',
};

/** "a medical coder", "an information clerk". */
export function withArticle(title: string): string {
  const lower = title.toLowerCase();
  return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}

export function listPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases[0] ?? '';
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}

/** A strength in plain words; for a work preference, a low score that fits is worded as such. */
export function strengthPhrase(effect: TraitEffect): string {
  const copy = TRAIT_COPY[effect.trait];
  return effect.studentScore < 50 ? (copy.lowStrength ?? copy.strength) : copy.strength;
}

/** The one plain sentence of "why" under the headline. */
export function whySentence(strengths: readonly TraitEffect[], title: string): string {
  if (strengths.length === 0)
    return `Your answers don't point strongly anywhere yet, but ${withArticle(title)} came out closest.`;
  const phrases = strengths.map(strengthPhrase);
  return `Your answers show ${listPhrases(phrases)} — that's a lot of what ${withArticle(title)} does.`;
}

/** A gap in plain words: a skill to build, or a work style that differs from the student's. */
export function gapSentence(gap: TraitEffect): string {
  const copy = TRAIT_COPY[gap.trait];
  if (traitKind(gap.trait) === 'skill') return `You could build up ${copy.gap}.`;
  return gap.studentScore > gap.careerLevel
    ? `This job has less ${copy.gap} than you seem to want.`
    : `This job involves more ${copy.gap} than you said you'd enjoy.`;
}

export const CONFIDENCE_TEXT: Readonly<Record<ConfidenceReason, string>> = {
  'too-few-answers': 'You skipped more than half of the questions.',
  'straight-lined': 'You gave almost the same answer to every question.',
  contradictions:
    'Some answers point in opposite directions (for example, saying you are very organized and also that your desk is usually a mess).',
  inconsistent:
    'Answers about the same trait often disagree with each other, so the result may be more chance than you.',
  'mixed-answers': 'Some answers about the same trait pull in different directions.',
  'flat-profile': 'Your answers came out about the same for every trait, so no career stands out.',
  'near-tie': 'Two quite different careers came out almost tied.',
  'close-call': 'The next career is not far behind.',
  'some-unanswered': 'You skipped a few questions.',
};
