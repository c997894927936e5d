import type { ReactNode } from 'react';
import { useMessages } from '../../../i18n';
import { useCounselorSettings } from '../../../store/counselor-hooks';
import { sharedDeviceMessages } from './shared-device-messages';
import { useUnlocked } from './use-unlocked';

const framed = (): boolean => {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
};

/**
 * Wraps every counselor route element, so no counselor page mounts (and no name reaches the DOM)
 * until the gate has decided: inside another page's frame nothing is shown but a link out (no
 * clickjacking of "Clear all"), and on a shared device nothing until the PIN (the PIN form itself
 * is drawn above the page by SharedDevice).
 */
export function CounselorGuard({ children }: { children: ReactNode }) {
  const t = useMessages(sharedDeviceMessages);
  const settings = useCounselorSettings();
  const unlocked = useUnlocked();
  if (framed()) {
    return (
      <section className="panel" aria-label={t.framedLink}>
        <p>{t.framedText}</p>
        <p>
          <a href={window.location.href} target="_blank" rel="noopener noreferrer">
            {t.framedLink}
          </a>
        </p>
      </section>
    );
  }
  if (settings?.sharedDevice && !unlocked) return null;
  return <>{children}</>;
}
