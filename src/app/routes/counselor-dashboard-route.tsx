import { DashboardPage } from '../../features/counselor/dashboard/dashboard-page';

export function CounselorDashboardRoute() {
  return <DashboardPage />;
}
