import './results.css';
import { Link } from 'react-router-dom';
import { encodeShareCode } from '../../domain';
import { CONTENT_VERSION, QUESTION_SETS } from '../../content/question-sets';
import { shareLinkFor } from '../../lib/share-link';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useEducationPlan } from '../../store/hooks';
import { factsFor } from './facts-for';
import { OwnResultActions } from './own-result-actions';
import { ResultsView } from './results-view';
import { useRecommendation } from './use-recommendation';

export function ResultsPage() {
  const { recommendation, answers, answered } = useRecommendation();
  const educationPlan = useEducationPlan();
  const title = factsFor(recommendation.primary.careerId).title;
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
  const code = encodeShareCode(
    { answers, educationPlan, group: null },
    QUESTION_SETS,
    CONTENT_VERSION,
  );
  return (
    <ResultsView
      recommendation={recommendation}
      answers={answers}
      shareLink={shareLinkFor(code)}
      actions={<OwnResultActions />}
    />
  );
}
