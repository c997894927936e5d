import './results.css';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CareerFactsCard } from './career-facts-card';
import { ConfidenceNote } from './confidence-note';
import { factsFor } from './facts-for';
import { NextSteps } from './next-steps';
import { RankingList } from './ranking-list';
import { ResultSummary } from './result-summary';
import { TraitChart } from './trait-chart';
import { useRecommendation } from './use-recommendation';
import { WhyList } from './why-list';

export function ResultsPage() {
  const { recommendation, answers, answered } = useRecommendation();
  const facts = factsFor(recommendation.primary.careerId);
  useDocumentTitle(answered ? `Your result: ${facts.title} — CareerFit` : 'Results — CareerFit');
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
    <div className="results">
      <ResultSummary recommendation={recommendation} facts={facts} />
      <ConfidenceNote confidence={recommendation.confidence} />
      <WhyList recommendation={recommendation} answers={answers} />
      <RankingList
        ranking={recommendation.ranking}
        primary={recommendation.primary.careerId}
        profile={recommendation.profile}
        answers={answers}
      />
      <TraitChart recommendation={recommendation} title={facts.title} />
      <CareerFactsCard facts={facts} />
      <NextSteps recommendation={recommendation} facts={facts} />
    </div>
  );
}
