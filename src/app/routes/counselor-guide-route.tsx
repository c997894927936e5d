import { GuidePage } from '../../features/counselor/guide/guide-page';

export function CounselorGuideRoute() {
  return <GuidePage />;
}
