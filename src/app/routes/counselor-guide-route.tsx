import { CounselorGuard } from '../../features/counselor/shared-device/counselor-guard';
import { GuidePage } from '../../features/counselor/guide/guide-page';

export function CounselorGuideRoute() {
  return (
    <CounselorGuard>
      <GuidePage />
    </CounselorGuard>
  );
}
