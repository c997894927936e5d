import type { Confidence } from '../../domain';
import { useLocale, useMessages } from '../../i18n';
import { resultsMessages } from './messages';
import { confidenceReason } from './result-copy';

/** How sure the result is, in words: on the first screen, beside the career. */
export function ConfidenceHeadline({ confidence }: { confidence: Confidence }) {
  const t = useMessages(resultsMessages);
  const headline = {
    high: t.confidenceHigh,
    medium: t.confidenceMedium,
    low: t.confidenceLow,
  }[confidence.level];
  return <p className={`confidence-headline confidence-${confidence.level}`}>{headline}</p>;
}

/** Why the confidence is what it is: the reasons, inside the "How sure is this?" section. */
export function ConfidenceDetails({ confidence }: { confidence: Confidence }) {
  const locale = useLocale();
  const t = useMessages(resultsMessages);
  return (
    <>
      {confidence.reasons.length > 0 ? (
        <ul className="confidence-reasons">
          {confidence.reasons.map((reason) => (
            <li key={reason}>{confidenceReason(reason, locale, confidence.unanswered)}</li>
          ))}
        </ul>
      ) : (
        <p>{t.confidenceNoReasons}</p>
      )}
      {confidence.level === 'low' ? <p>{t.confidenceLowAdvice}</p> : null}
    </>
  );
}
