import { useMemo, useState } from 'react';
import {
  CAREER_PROFILES,
  explainFit,
  traitEffects,
  whyNot,
  type Answers,
  type CareerId,
  type TraitProfile,
} from '../../domain';
import { QUESTIONS } from '../../content/questions';
import { TRAIT_COPY } from '../../content/trait-copy';
import { gapSentence, listPhrases, strengthPhrase } from './result-copy';

export interface CareerExplainerProps {
  careerId: CareerId;
  title: string;
  isTop: boolean;
  profile: TraitProfile;
  answers: Answers;
}

function Explanation({ careerId, title, isTop, profile, answers }: CareerExplainerProps) {
  const { strengths, gaps, changes } = useMemo(() => {
    const effects = traitEffects(profile, CAREER_PROFILES[careerId], QUESTIONS, answers);
    return { ...explainFit(effects), changes: isTop ? [] : whyNot(profile, careerId).changes };
  }, [careerId, isTop, profile, answers]);
  return (
    <div className="explainer">
      <p>
        <strong>Raised the fit:</strong>{' '}
        {strengths.length ? `${listPhrases(strengths.map(strengthPhrase))}.` : 'nothing stood out.'}
      </p>
      {gaps.length > 0 ? (
        <p>
          <strong>Lowered it:</strong> {gaps.map((g) => gapSentence(g)).join(' ')}
        </p>
      ) : null}
      {changes.length > 0 ? (
        <>
          <p>
            <strong>For {title.toLowerCase()} to come out on top</strong>, your answers would need
            to show:
          </p>
          <ul>
            {changes.map((c) => (
              <li key={c.trait}>
                {TRAIT_COPY[c.trait].label}: {c.to > c.from ? 'more' : 'less'} ({Math.round(c.from)}{' '}
                → {c.to})
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
  const [open, setOpen] = useState(false);
  return (
    <details className="why-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Why this score<span className="visually-hidden"> for {props.title}</span>?
      </summary>
      {open ? <Explanation {...props} /> : null}
    </details>
  );
}
