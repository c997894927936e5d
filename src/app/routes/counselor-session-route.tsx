import { CounselorGuard } from '../../features/counselor/shared-device/counselor-guard';
import { SessionPage } from '../../features/counselor/session/session-page';

export function CounselorSessionRoute() {
  return (
    <CounselorGuard>
      <SessionPage />
    </CounselorGuard>
  );
}
