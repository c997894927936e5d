import { lazy, Suspense } from 'react';
import { useLocation } from 'react-router-dom';
import { EMBED } from '../../../lib/embed';
import { useCounselorSettings } from '../../../store/counselor-hooks';

// The full pieces load only on a device that needs them.
const SharedDevice = lazy(() =>
  import('./shared-device').then((m) => ({ default: m.SharedDevice })),
);
const GroupCode = lazy(() => import('./group-code').then((m) => ({ default: m.GroupCode })));

/**
 * Mounted once by the layout, after the page: shared-device mode while such a session runs
 * here, or, for a student on their own device who came through a session link, their code for
 * the group under their results.
 */
export function SharedDeviceRoot() {
  const settings = useCounselorSettings();
  const { pathname } = useLocation();
  if (settings?.sharedDevice) {
    return (
      <Suspense fallback={null}>
        <SharedDevice settings={settings} />
      </Suspense>
    );
  }
  if (EMBED.group && pathname === '/results') {
    return (
      <Suspense fallback={null}>
        <GroupCode group={EMBED.group} />
      </Suspense>
    );
  }
  return null;
}
