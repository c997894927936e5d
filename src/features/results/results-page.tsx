import './results.css';
import { useEffect, useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { encodeShareCode, type Recommendation } from '../../domain';
import { CONTENT_VERSION, QUESTION_SETS } from '../../content/question-sets';
import { EMBED, postToHost } from '../../lib/embed';
import { shareLinkFor } from '../../lib/share-link';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useEducationPlan } from '../../store/hooks';
import { useMessages } from '../../i18n';
import { useFacts } from './facts-for';
import { resultsMessages } from './messages';
import { FinishNote } from './finish-note';
import { OwnResultActions } from './own-result-actions';
import { ResultsView } from './results-view';
import { useRecommendation } from './use-recommendation';

/** Tells an embedding page the result, when it opted in: ids and numbers only, no typed text. */
function useCompletedMessage(recommendation: Recommendation, code: string, answered: number) {
  useEffect(() => {
    if (answered === 0) return;
    const fits = Object.fromEntries(
      recommendation.ranking.map((r) => [r.careerId, Math.round(r.fit)]),
    );
    postToHost({
      type: 'careerfit:completed',
      careerId: recommendation.primary.careerId,
      fits,
      code,
    });
  }, [recommendation, code, answered]);
}

export function ResultsPage() {
  const { state } = useLocation() as { state: { finished?: boolean } | null };
  const finished = state?.finished === true;
  const { recommendation, answers, answered } = useRecommendation();
  const educationPlan = useEducationPlan();
  const t = useMessages(resultsMessages);
  const title = useFacts(recommendation.primary.careerId).title;
  const code = useMemo(
    () =>
      encodeShareCode(
        { answers, educationPlan, group: EMBED.group },
        QUESTION_SETS,
        CONTENT_VERSION,
      ),
    [answers, educationPlan],
  );
  useCompletedMessage(recommendation, code, answered);
  useDocumentTitle(answered ? t.docTitle(title) : t.noResultsDocTitle);
  if (answered === 0) {
    return (
      <section className="panel message-panel" aria-labelledby="no-results-title">
        <h1 id="no-results-title">{t.noResultsTitle}</h1>
        <p>{t.noResultsBody}</p>
        <div className="actions">
          <Link className="button primary" to="/quiz">
            {t.takeQuiz}
          </Link>
        </div>
      </section>
    );
  }
  return (
    <ResultsView
      recommendation={recommendation}
      answers={answers}
      shareLink={shareLinkFor(code)}
      note={finished ? <FinishNote /> : undefined}
      actions={<OwnResultActions />}
    />
  );
}
