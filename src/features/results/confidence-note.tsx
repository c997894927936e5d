import type { Confidence } from '../../domain';
import { useLocale, useMessages } from '../../i18n';
import { resultsMessages } from './messages';
import { confidenceReason } from './result-copy';

export function ConfidenceNote({ confidence }: { confidence: Confidence }) {
  const locale = useLocale();
  const t = useMessages(resultsMessages);
  const headline = {
    high: t.confidenceHigh,
    medium: t.confidenceMedium,
    low: t.confidenceLow,
  }[confidence.level];
  return (
    <section
      className={`panel confidence confidence-${confidence.level}`}
      aria-labelledby="confidence-title"
    >
      <h2 id="confidence-title">{t.confidenceTitle}</h2>
      <p className="confidence-headline">{headline}</p>
      {confidence.reasons.length > 0 ? (
        <ul>
          {confidence.reasons.map((reason) => (
            <li key={reason}>{confidenceReason(reason, locale, confidence.unanswered)}</li>
          ))}
        </ul>
      ) : null}
      {confidence.level === 'low' ? <p>{t.confidenceLowAdvice}</p> : null}
    </section>
  );
}
