import type { CareerFacts, Recommendation } from '../../domain';
import { CAREER_TITLES } from '../../content/career-titles';
import { useFormat, useLocale, useMessages, type Formatters } from '../../i18n';
import { resultsMessages } from './messages';
import { outcomeMessages } from './outcome-messages';
import { OutcomeNote, outcomeEyebrow } from './outcome-note';
import { bandLabel, whySentence, withArticle } from './result-copy';

export interface ResultSummaryProps {
  recommendation: Recommendation;
  facts: CareerFacts;
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

export function ResultSummary({ recommendation, facts }: ResultSummaryProps) {
  const t = useMessages(resultsMessages);
  const outcomeTexts = useMessages(outcomeMessages);
  const locale = useLocale();
  const format = useFormat();
  const { primary, strengths } = recommendation;
  const recordsTitle = CAREER_TITLES[locale]['medical-records-technician'];
  return (
    <section className="panel result-hero" aria-labelledby="result-title">
      <p className="eyebrow">{outcomeEyebrow(recommendation, outcomeTexts) ?? t.eyebrow}</p>
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
      <p className="muted">{groupLine(recommendation, t, format)}</p>
      {facts.comparedWithRecords ? (
        <p className="compare">
          <strong>{t.comparedWith(withArticle(recordsTitle, locale))}</strong>{' '}
          {facts.comparedWithRecords}
        </p>
      ) : null}
    </section>
  );
}
