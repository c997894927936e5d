import type { ReactNode } from 'react';
import type { CareerFacts, Recommendation } from '../../domain';
import { CAREER_TITLES } from '../../content/career-titles';
import { CareerIcon } from '../../components/ui/career-icon';
import { useFormat, useLocale, useMessages, type Formatters } from '../../i18n';
import { resultsMessages } from './messages';
import { outcomeMessages } from './outcome-messages';
import { OutcomeNote, outcomeEyebrow } from './outcome-note';
import { bandLabel, whySentence, withArticle } from './result-copy';

export interface ResultSummaryProps {
  recommendation: Recommendation;
  facts: CareerFacts;
  /** The rest of the first screen: confidence in words and the keep/share actions. */
  children?: ReactNode;
}

type Texts = (typeof resultsMessages)['en'];

function groupLine(
  { primary, recordsRole, growthPath }: Recommendation,
  t: Texts,
  format: Formatters,
): string {
  if (growthPath) return t.growthPathLine(format.number(growthPath.fit));
  switch (primary.group) {
    case 'records':
      return primary.careerId === 'medical-records-technician'
        ? t.recordsTopLine
        : t.specializationLine;
    case 'growth':
      return t.growthLine(format.number(recordsRole.fit));
    case 'alternate':
      return t.alternateLine(format.number(recordsRole.fit));
    default: {
      const unreachable: never = primary.group;
      return unreachable;
    }
  }
}

export function ResultSummary({ recommendation, facts, children }: ResultSummaryProps) {
  const t = useMessages(resultsMessages);
  const outcomeTexts = useMessages(outcomeMessages);
  const locale = useLocale();
  const format = useFormat();
  const { primary, strengths } = recommendation;
  return (
    <section className="panel result-hero" aria-labelledby="result-title">
      <p className="eyebrow icon-eyebrow">
        <span className="career-badge">
          <CareerIcon careerId={primary.careerId} />
        </span>
        {outcomeEyebrow(recommendation, outcomeTexts) ?? t.eyebrow}
      </p>
      <h1 id="result-title">{facts.title}</h1>
      <p className="fit-line">
        {/* A band beside "no clear match" would contradict it; the score alone stays. */}
        {recommendation.outcome.kind === 'career' ? (
          <span className={`band band-${primary.band}`}>{bandLabel(primary.band, locale)}</span>
        ) : null}
        <span className="fit-score">
          {format.number(primary.fit)}
          <span className="fit-max"> / 100</span>
        </span>
      </p>
      <OutcomeNote recommendation={recommendation} />
      {recommendation.outcome.kind === 'career' ? (
        <p className="lead">{whySentence(strengths, facts.title, locale)}</p>
      ) : null}
      {children}
    </section>
  );
}

/** Where the top career sits among the records jobs, and how it differs from the records role. */
export function RecordsContext({ recommendation, facts }: Omit<ResultSummaryProps, 'children'>) {
  const t = useMessages(resultsMessages);
  const locale = useLocale();
  const format = useFormat();
  const recordsTitle = CAREER_TITLES[locale]['medical-records-technician'];
  return (
    <>
      <p className="muted">{groupLine(recommendation, t, format)}</p>
      {facts.comparedWithRecords ? (
        <p className="compare">
          <strong>{t.comparedWith(withArticle(recordsTitle, locale))}</strong>{' '}
          {facts.comparedWithRecords}
        </p>
      ) : null}
    </>
  );
}
