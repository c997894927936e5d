import type { Confidence } from '../../domain';
import { CONFIDENCE_TEXT } from './result-copy';

const HEADLINES = {
  high: 'High confidence: your answers point clearly to this career.',
  medium: 'Medium confidence: this is a good lead, with a close second or two.',
  low: 'Low confidence: take this result as a starting point, not an answer.',
} as const;

export function ConfidenceNote({ confidence }: { confidence: Confidence }) {
  return (
    <section
      className={`panel confidence confidence-${confidence.level}`}
      aria-labelledby="confidence-title"
    >
      <h2 id="confidence-title">How sure is this?</h2>
      <p className="confidence-headline">{HEADLINES[confidence.level]}</p>
      {confidence.reasons.length > 0 ? (
        <ul>
          {confidence.reasons.map((reason) => (
            <li key={reason}>{CONFIDENCE_TEXT[reason]}</li>
          ))}
        </ul>
      ) : null}
      {confidence.level === 'low' ? (
        <p>
          Try the quiz again and take a moment on each question, or talk your result over with a
          school counselor. You can review your answers below.
        </p>
      ) : null}
    </section>
  );
}
