import { useMemo, useState } from 'react';
import {
  explainFit,
  traitEffects,
  whyNot,
  type Answers,
  type CareerId,
  type TraitProfile,
} from '../../domain';
import { QUESTIONS } from '../../content/questions';
import { TRAIT_COPY_BY_LOCALE } from '../../content/trait-copy';
import { useFormat, useLocale, useMessages } from '../../i18n';
import { resultsMessages } from './messages';
import { gapSentence, listPhrases, strengthPhrase } from './result-copy';

export interface CareerExplainerProps {
  careerId: CareerId;
  title: string;
  isTop: boolean;
  profile: TraitProfile;
  answers: Answers;
}

function Explanation({ careerId, title, isTop, profile, answers }: CareerExplainerProps) {
  const t = useMessages(resultsMessages);
  const locale = useLocale();
  const format = useFormat();
  const traits = TRAIT_COPY_BY_LOCALE[locale];
  const { strengths, gaps, changes } = useMemo(() => {
    const effects = traitEffects(profile, careerId, QUESTIONS, answers);
    return { ...explainFit(effects), changes: isTop ? [] : whyNot(profile, careerId).changes };
  }, [careerId, isTop, profile, answers]);
  return (
    <div className="explainer">
      <p>
        <strong>{t.raisedFit}</strong>{' '}
        {strengths.length
          ? t.raisedList(
              listPhrases(
                strengths.map((s) => strengthPhrase(s, locale)),
                locale,
              ),
            )
          : t.nothingStoodOut}
      </p>
      {gaps.length > 0 ? (
        <p>
          <strong>{t.loweredIt}</strong> {gaps.map((g) => gapSentence(g, locale)).join(' ')}
        </p>
      ) : null}
      {changes.length > 0 ? (
        <>
          <p>
            <strong>{t.toTop(title)}</strong>
            {t.toTopTail}
          </p>
          <ul>
            {changes.map((c) => (
              <li key={c.trait}>
                {t.change(
                  traits[c.trait].label,
                  c.to > c.from ? t.more : t.less,
                  format.number(c.from),
                  format.number(c.to),
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** "Why this score?" under a ranked career: computed only when the student opens it. */
export function CareerExplainer(props: CareerExplainerProps) {
  const t = useMessages(resultsMessages);
  const [open, setOpen] = useState(false);
  return (
    <details className="why-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      {/* The career's name is in the accessible name only; kept out of the visible text, where a
          hidden span before "?" let the "?" wrap onto a line of its own. */}
      <summary aria-label={`${t.whyScoreStart}${t.whyScoreFor(props.title)}${t.whyScoreEnd}`}>
        {t.whyScoreStart}
        {t.whyScoreEnd}
      </summary>
      {open ? <Explanation {...props} /> : null}
    </details>
  );
}
