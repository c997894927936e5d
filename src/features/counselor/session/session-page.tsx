import './session.css';
import { useState } from 'react';
import { useMessages } from '../../../i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCounselorSettings } from '../../../store/counselor-hooks';
import { RunningSession } from './running-session';
import { SessionForm } from './session-form';
import { sessionMessages } from './session-messages';

/** `#/counselor/session`: set up a session, or see and end the one running on this device. */
export function SessionPage() {
  const t = useMessages(sessionMessages);
  const settings = useCounselorSettings();
  const [ended, setEnded] = useState(false);
  useDocumentTitle(t.title);
  return (
    <div className="counselor-session">
      {settings ? (
        <RunningSession settings={settings} onEnded={() => setEnded(true)} />
      ) : (
        <>
          {ended ? (
            <p className="notice" role="status">
              {t.stopped}
            </p>
          ) : null}
          <SessionForm onStarted={() => setEnded(false)} />
        </>
      )}
    </div>
  );
}
