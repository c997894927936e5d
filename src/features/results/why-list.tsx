import type { Answers, Recommendation, TraitEffect } from '../../domain';
import { QUESTIONS } from '../../content/questions';
import { questionText } from '../../content/question-text';
import { SCALES_BY_LOCALE } from '../../content/scales';
import { TRAIT_COPY_BY_LOCALE } from '../../content/trait-copy';
import { useLocale, useMessages } from '../../i18n';
import { resultsMessages } from './messages';
import { gapSentence } from './result-copy';

const QUESTION_BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The answer that shows this trait most, quoted in the student's language. */
function Evidence({ effect }: { effect: TraitEffect }) {
  const t = useMessages(resultsMessages);
  const locale = useLocale();
  const question = effect.evidence ? QUESTION_BY_ID.get(effect.evidence.questionId) : undefined;
  if (!question || !effect.evidence) return null;
  const answer = SCALES_BY_LOCALE[locale][question.kind].labels[effect.evidence.value - 1];
  if (!answer) return null;
  return <p className="evidence">{t.evidence(answer, questionText(question, locale))}</p>;
}

export function WhyList({ recommendation }: { recommendation: Recommendation; answers: Answers }) {
  const t = useMessages(resultsMessages);
  const locale = useLocale();
  const traits = TRAIT_COPY_BY_LOCALE[locale];
  const { strengths, gaps } = recommendation;
  return (
    <div className="why-panel">
      <div className="why-grid">
        <div>
          <h3>{t.whatFits}</h3>
          {strengths.length === 0 ? (
            <p className="muted">{t.noStrength}</p>
          ) : (
            <ul className="why-list">
              {strengths.map((s) => (
                <li key={s.trait} className="why-item why-plus">
                  <strong>{traits[s.trait].label}</strong>
                  <Evidence effect={s} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t.whatMightNotFit}</h3>
          {gaps.length === 0 ? (
            <p className="muted">{t.noGap}</p>
          ) : (
            <ul className="why-list">
              {gaps.map((g) => (
                <li key={g.trait} className="why-item why-minus">
                  <strong>{traits[g.trait].label}</strong>
                  <span>{gapSentence(g, locale)}</span>
                  <Evidence effect={g} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
