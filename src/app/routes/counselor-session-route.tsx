import { SessionPage } from '../../features/counselor/session/session-page';

export function CounselorSessionRoute() {
  return <SessionPage />;
}
