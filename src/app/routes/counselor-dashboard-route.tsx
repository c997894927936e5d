import { CounselorGuard } from '../../features/counselor/shared-device/counselor-guard';
import { DashboardPage } from '../../features/counselor/dashboard/dashboard-page';

export function CounselorDashboardRoute() {
  return (
    <CounselorGuard>
      <DashboardPage />
    </CounselorGuard>
  );
}
