import { CounselorHome } from '../../features/counselor/home/counselor-home';

export function CounselorRoute() {
  return <CounselorHome />;
}
