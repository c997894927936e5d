import { CounselorGuard } from '../../features/counselor/shared-device/counselor-guard';
import { CounselorHome } from '../../features/counselor/home/counselor-home';

export function CounselorRoute() {
  return (
    <CounselorGuard>
      <CounselorHome />
    </CounselorGuard>
  );
}
