import type { ReactNode } from 'react';
import type { Answers, Recommendation } from '../../domain';
import { CareerFactsCard } from './career-facts-card';
import { ConfidenceNote } from './confidence-note';
import { useFacts } from './facts-for';
import { NextSteps } from './next-steps';
import { PrintHeader } from './print-header';
import { RankingList } from './ranking-list';
import { ResultSummary } from './result-summary';
import { ShareAndPrint } from './share-and-print';
import { TraitChart } from './trait-chart';
import { WhyList } from './why-list';

export interface ResultsViewProps {
  recommendation: Recommendation;
  answers: Answers;
  /** The link that reproduces this result (null when it cannot be made). */
  shareLink: string | null;
  /** Shown above the result, e.g. "shared result" banner. */
  banner?: ReactNode;
  actions: ReactNode;
}

/** The whole result, from whatever answers it is given: the student's own or a shared link's. */
export function ResultsView({
  recommendation,
  answers,
  shareLink,
  banner,
  actions,
}: ResultsViewProps) {
  const facts = useFacts(recommendation.primary.careerId);
  return (
    <div className="results">
      <PrintHeader shareLink={shareLink} />
      {banner}
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
      <NextSteps recommendation={recommendation} facts={facts} actions={actions} />
      {shareLink ? <ShareAndPrint shareLink={shareLink} /> : null}
    </div>
  );
}
