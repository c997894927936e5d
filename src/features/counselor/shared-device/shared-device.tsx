import './shared-device.css';
import '../session/fields.css';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Link, useLocation } from 'react-router-dom';
import { useMessages } from '../../../i18n';
import type { CounselorSettings } from '../../../store/counselor-store';
import { useAnsweredCount } from '../../../store/hooks';
import { isCounselorPath, normalizePath } from '../../../domain/counselor-path';
import { forgetSealed } from '../../../store/unsealed-store';
import { useDeviceSession } from './device-session';
import { useUnlocked } from './use-unlocked';
import { IdleWarning } from './idle-warning';
import { PinGate } from './pin-gate';
import { sharedDeviceMessages } from './shared-device-messages';
import { StudentNameField } from './student-name-field';
import { useLockedMain, useTopHost } from './use-top-host';
import { useResetStudent } from './use-reset-student';

/** Everything a shared device adds around the pages while a shared-device session runs. */
export function SharedDevice({ settings }: { settings: CounselorSettings }) {
  const t = useMessages(sharedDeviceMessages);
  const { pathname } = useLocation();
  const top = useTopHost();
  const unlocked = useUnlocked();
  const answered = useAnsweredCount();
  const name = useDeviceSession((state) => state.studentName);
  const lock = useDeviceSession((state) => state.lock);
  const reset = useResetStudent(settings);
  const counselorPage = isCounselorPath(pathname);
  const locked = counselorPage && !unlocked;
  const [keepFailed, setKeepFailed] = useState(false);
  useLockedMain(locked);

  // Sealed results opened with the PIN leave memory as soon as counselor pages lock again.
  useEffect(() => {
    if (!unlocked) forgetSealed();
  }, [unlocked]);
  useEffect(() => () => forgetSealed(), []);

  // A student starting the quiz ends any counselor unlock.
  useEffect(() => {
    if (normalizePath(pathname) === '/quiz') lock();
  }, [pathname, lock]);

  const studentBusy = answered > 0 || name.trim() !== '' || pathname !== '/';
  const above = (
    <>
      <div className="shared-bar">
        <p>{t.bar(settings.group)}</p>
        <Link to="/counselor/session">{t.counselor}</Link>
      </div>
      {locked ? <PinGate pinHash={settings.pinHash} /> : null}
      {pathname === '/' && settings.askName ? <StudentNameField /> : null}
    </>
  );
  return (
    <>
      {createPortal(above, top)}
      {pathname === '/results' ? (
        <section className="panel done-panel" aria-label={t.done}>
          <p>{settings.keepResults ? t.doneKeep : t.doneClear}</p>
          <p role="alert" className={keepFailed ? 'field-error' : undefined}>
            {keepFailed ? t.keepFailed : ''}
          </p>
          <button
            type="button"
            className="button primary large"
            onClick={async () => setKeepFailed(!(await reset(true, true)))}
          >
            {t.done}
          </button>
        </section>
      ) : null}
      {!counselorPage && studentBusy ? (
        <IdleWarning
          minutes={settings.inactivityMinutes}
          // Only a student who reached their results has a result worth keeping.
          onExpire={() => void reset(pathname === '/results')}
        />
      ) : null}
    </>
  );
}
