import './results.css';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { decodeShareCode, recommend, type DecodeFailure } from '../../domain';
import { CONTENT_VERSION, QUESTION_SETS } from '../../content/question-sets';
import { QUESTIONS } from '../../content/questions';
import { shareLinkFor } from '../../lib/share-link';
import { useDocumentTitle } from '../../lib/use-document-title';
import { factsFor } from './facts-for';
import { ResultsView } from './results-view';

const PROBLEMS: Readonly<Record<DecodeFailure, string>> = {
  empty: 'This link has no result code in it.',
  'not-a-code': "This link doesn't hold a CareerFit result. It may have been cut off or mistyped.",
  damaged:
    'This result link is damaged — part of it may be missing or changed — so it can’t be opened.',
  'newer-format': 'This result link was made by a newer version of CareerFit than this one.',
  'unknown-content': 'This result link comes from a version of the quiz this site doesn’t know.',
};

/** A result opened from a share link: the same recommendation, marked as shared. */
export function SharedResultsPage() {
  const { code = '' } = useParams();
  const decoded = useMemo(() => decodeShareCode(code, QUESTION_SETS, CONTENT_VERSION), [code]);
  const recommendation = useMemo(
    () =>
      decoded.ok
        ? recommend(QUESTIONS, decoded.payload.answers, {
            educationPlan: decoded.payload.educationPlan,
          })
        : null,
    [decoded],
  );
  const title = recommendation ? factsFor(recommendation.primary.careerId).title : null;
  useDocumentTitle(
    title ? `Shared result: ${title} — CareerFit` : 'Result link problem — CareerFit',
  );
  if (!decoded.ok || !recommendation) {
    return (
      <section className="panel message-panel" aria-labelledby="bad-link-title">
        <h1 id="bad-link-title">We can’t open this result</h1>
        <p>{PROBLEMS[decoded.ok ? 'damaged' : decoded.reason]}</p>
        <p>Ask for the link again, or take the quiz yourself — it takes about six minutes.</p>
        <div className="actions">
          <Link className="button primary" to="/quiz">
            Take the quiz
          </Link>
        </div>
      </section>
    );
  }
  const banner = (
    <div className="notice shared-banner" role="note">
      <p>
        <strong>Someone shared this result with you.</strong>
        {decoded.payload.group ? ` Group: ${decoded.payload.group}.` : ''}
        {decoded.dropped > 0 ? ' A few answers were to questions the quiz no longer asks.' : ''}
      </p>
      <Link className="button small" to="/quiz">
        Take the quiz yourself
      </Link>
    </div>
  );
  return (
    <ResultsView
      recommendation={recommendation}
      answers={decoded.payload.answers}
      shareLink={shareLinkFor(code)}
      banner={banner}
      actions={
        <Link className="button primary" to="/quiz">
          Take the quiz yourself
        </Link>
      }
    />
  );
}
