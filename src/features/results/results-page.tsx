import './results.css';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { encodeShareCode, type Recommendation } from '../../domain';
import { CONTENT_VERSION, QUESTION_SETS } from '../../content/question-sets';
import { EMBED, postToHost } from '../../lib/embed';
import { shareLinkFor } from '../../lib/share-link';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useEducationPlan } from '../../store/hooks';
import { factsFor } from './facts-for';
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
  const { recommendation, answers, answered } = useRecommendation();
  const educationPlan = useEducationPlan();
  const title = factsFor(recommendation.primary.careerId).title;
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
  useDocumentTitle(answered ? `Your result: ${title} — CareerFit` : 'Results — CareerFit');
  if (answered === 0) {
    return (
      <section className="panel message-panel" aria-labelledby="no-results-title">
        <h1 id="no-results-title">No results yet</h1>
        <p>Answer the quiz questions first, and your results will show up here.</p>
        <div className="actions">
          <Link className="button primary" to="/quiz">
            Take the quiz
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
      actions={<OwnResultActions />}
    />
  );
}
