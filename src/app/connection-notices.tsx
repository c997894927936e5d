import { useEffect, useState, useSyncExternalStore } from 'react';
import { useMessages } from '../i18n';
import { registerServiceWorker } from '../lib/service-worker';
import { connectionMessages } from './connection-messages';

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const useOnline = () =>
  useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );

/** "You're offline, keep going" and "A new version is ready", both polite and dismissible. */
export function ConnectionNotices() {
  const t = useMessages(connectionMessages);
  const online = useOnline();
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);
  const [updateDismissed, setUpdateDismissed] = useState(false);

  useEffect(() => registerServiceWorker((apply) => setApplyUpdate(() => apply)), []);

  return (
    <div className="connection-notices no-print" aria-live="polite">
      {online ? null : <p className="notice notice-offline">{t.offline}</p>}
      {applyUpdate && !updateDismissed ? (
        <div className="notice notice-update">
          <p>{t.updateReady}</p>
          <div className="notice-actions">
            <button type="button" className="button primary small" onClick={applyUpdate}>
              {t.updateNow}
            </button>
            <button type="button" className="button small" onClick={() => setUpdateDismissed(true)}>
              {t.later}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
