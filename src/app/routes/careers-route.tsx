import { CareersPage } from '../../features/careers/careers-page';

export function CareersRoute() {
  return <CareersPage />;
}
