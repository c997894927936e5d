import { ResultsPage } from '../../features/results/results-page';

export function ResultsRoute() {
  return <ResultsPage />;
}
