import { ComparePage } from '../../features/careers/compare-page';

export function CareerCompareRoute() {
  return <ComparePage />;
}
