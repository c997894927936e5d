import { SharedResultsPage } from '../../features/results/shared-results-page';

export function SharedResultsRoute() {
  return <SharedResultsPage />;
}
