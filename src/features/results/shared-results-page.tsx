import './results.css';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { decodeShareCode, recommend, type DecodeFailure } from '../../domain';
import { CONTENT_VERSION, QUESTION_SETS } from '../../content/question-sets';
import { QUESTIONS } from '../../content/questions';
import { MINUTES_TO_FINISH } from '../../content/quiz-facts';
import { useFormat, useLocale, useMessages } from '../../i18n';
import { shareLinkFor } from '../../lib/share-link';
import { useDocumentTitle } from '../../lib/use-document-title';
import { factsFor } from './facts-for';
import { ResultsView } from './results-view';
import { shareMessages } from './share-messages';

const PROBLEM_KEYS = {
  empty: 'problemEmpty',
  'not-a-code': 'problemNotACode',
  damaged: 'problemDamaged',
  'newer-format': 'problemNewerFormat',
  'unknown-content': 'problemUnknownContent',
  'no-answers': 'problemNoAnswers',
} as const satisfies Record<DecodeFailure, keyof (typeof shareMessages)['en']>;

/** A result opened from a share link: the same recommendation, marked as shared. */
export function SharedResultsPage() {
  const t = useMessages(shareMessages);
  const locale = useLocale();
  const format = useFormat();
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
  const title = recommendation ? factsFor(recommendation.primary.careerId, locale).title : null;
  useDocumentTitle(title ? t.sharedDocTitle(title) : t.badLinkDocTitle);
  if (!decoded.ok || !recommendation) {
    return (
      <section className="panel message-panel" aria-labelledby="bad-link-title">
        <h1 id="bad-link-title">{t.badLinkTitle}</h1>
        <p>{t[PROBLEM_KEYS[decoded.ok ? 'damaged' : decoded.reason]]}</p>
        <p>{t.badLinkAdvice(format.number(MINUTES_TO_FINISH))}</p>
        <div className="actions">
          <Link className="button primary" to="/quiz">
            {t.takeQuiz}
          </Link>
        </div>
      </section>
    );
  }
  const banner = (
    <div className="notice shared-banner" role="note">
      <p>
        <strong>{t.sharedBanner}</strong>
        {decoded.payload.group ? t.group(decoded.payload.group) : ''}
        {decoded.dropped > 0 ? t.dropped : ''}
      </p>
      <Link className="button small" to="/quiz">
        {t.takeQuizYourself}
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
          {t.takeQuizYourself}
        </Link>
      }
    />
  );
}
