import type { CareerFacts, Recommendation } from '../../domain';
import { factsFor } from './facts-for';
import { BAND_LABELS, whySentence, withArticle } from './result-copy';

export interface ResultSummaryProps {
  recommendation: Recommendation;
  facts: CareerFacts;
}

function groupLine({ primary, recordsRole, growthPath }: Recommendation): string {
  if (growthPath)
    return `Your answers fit a medical and health services manager best (${Math.round(growthPath.fit)}), but that job needs a bachelor's degree and experience. With the shorter program you have in mind, start here: records work is the article's path up to that role.`;
  switch (primary.group) {
    case 'records':
      return primary.careerId === 'medical-records-technician'
        ? 'The medical records technician role is your best match.'
        : `A specialization of the medical records technician role.`;
    case 'growth':
      return `A growth path: most people start as a medical records technician (your fit: ${Math.round(recordsRole.fit)}) and move up with a bachelor's degree and experience.`;
    case 'alternate':
      return `A related healthcare career. Your fit with the medical records technician role is ${Math.round(recordsRole.fit)} out of 100.`;
    default: {
      const unreachable: never = primary.group;
      return unreachable;
    }
  }
}

export function ResultSummary({ recommendation, facts }: ResultSummaryProps) {
  const { primary, strengths } = recommendation;
  const records = factsFor('medical-records-technician');
  return (
    <section className="panel result-hero" aria-labelledby="result-title">
      <p className="eyebrow">Your best fit</p>
      <h1 id="result-title">{facts.title}</h1>
      <p className="fit-line">
        <span className={`band band-${primary.band}`}>{BAND_LABELS[primary.band]}</span>
        <span className="fit-score">
          {Math.round(primary.fit)}
          <span className="fit-max"> / 100</span>
        </span>
      </p>
      <p className="lead">{whySentence(strengths, facts.title)}</p>
      <p className="muted">{groupLine(recommendation)}</p>
      {facts.comparedWithRecords ? (
        <p className="compare">
          <strong>How it differs from {withArticle(records.title)}:</strong>{' '}
          {facts.comparedWithRecords}
        </p>
      ) : null}
    </section>
  );
}
