import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { QrCode } from '../../../components/ui/qr-code';
import { useMessages } from '../../../i18n';
import { copyText } from '../../../lib/clipboard';
import type { CounselorSettings } from '../../../store/counselor-store';
import { useCounselorActions } from '../../../store/counselor-hooks';
import { forgetSealed } from '../../../store/unsealed-store';
import { useDeviceSession } from '../shared-device/device-session';
import { sessionLink } from './session-setup';
import { sessionMessages } from './session-messages';
import { TextField } from './setup-fields';
import { sharedDeviceMessages } from '../shared-device/shared-device-messages';
import { usePinCheck } from '../shared-device/use-pin-check';

/** The session running on this device: its link for own-device students, and how to end it. */
export function RunningSession({
  settings,
  onEnded,
}: {
  settings: CounselorSettings;
  onEnded(): void;
}) {
  const t = useMessages(sessionMessages);
  const id = useId();
  const link = sessionLink(window.location, settings.group);
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <>
      <section className="panel" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>{t.runningHeading(settings.group)}</h1>
        <ul>
          <li>{settings.sharedDevice ? t.sharedOn : t.sharedOff}</li>
          {settings.sharedDevice ? <li>{settings.keepResults ? t.keepOn : t.keepOff}</li> : null}
        </ul>
        <div className="actions">
          <Link className="button primary" to="/counselor/dashboard">
            {t.openDashboard}
          </Link>
          {settings.sharedDevice ? (
            <Link className="button" to="/">
              {t.toStudents}
            </Link>
          ) : null}
        </div>
      </section>
      <section className="panel session-qr" aria-labelledby={`${id}-own`}>
        <h2 id={`${id}-own`}>{t.ownDeviceHeading}</h2>
        <p>{t.ownDeviceText}</p>
        <p className="field-label" id={`${id}-link-label`}>
          {t.linkLabel}
        </p>
        <p className="session-link" aria-labelledby={`${id}-link-label`}>
          <code>{link}</code>
        </p>
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={async () => setCopied(await copyText(link))}
          >
            {t.copy}
          </button>
          <p role="status" className="muted">
            {copied === null ? '' : copied ? t.copied : t.copyFailed}
          </p>
        </div>
        <QrCode text={link} label={t.qrLabel(link)} size={220} />
      </section>
      <EndSession settings={settings} onEnded={onEnded} />
    </>
  );
}

/** Ending a shared-device session takes the PIN again, even while counselor pages are open. */
function EndSession({ settings, onEnded }: { settings: CounselorSettings; onEnded(): void }) {
  const t = useMessages(sessionMessages);
  const device = useMessages(sharedDeviceMessages);
  const { endSession } = useCounselorActions();
  const lock = useDeviceSession((state) => state.lock);
  const [pin, setPin] = useState('');
  const { check, checking, problem: problemFor } = usePinCheck(settings.pinHash);
  const id = useId();
  const needsPin = settings.sharedDevice && settings.pinHash !== null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (checking) return;
    const outcome = needsPin ? await check(pin) : 'ok';
    if (outcome !== 'ok') {
      setPin('');
      return;
    }
    lock();
    forgetSealed();
    endSession();
    onEnded();
  }

  const problem = problemFor(t.stopWrongPin);

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.stopHeading}</h2>
      {settings.sharedDevice ? (
        <>
          <p>{t.stopHint}</p>
          {settings.keepResults ? (
            <p>
              <Link to="/counselor/dashboard">{t.stopExport}</Link>
            </p>
          ) : null}
        </>
      ) : null}
      <form className="session-form" onSubmit={submit} noValidate>
        {needsPin ? (
          <TextField
            label={t.stopPinLabel}
            error={problem || undefined}
            value={pin}
            pin
            onChange={setPin}
          />
        ) : null}
        {problem ? (
          <p className="visually-hidden" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button danger" aria-disabled={checking || undefined}>
            {checking ? device.checking : t.stop}
          </button>
        </div>
      </form>
    </section>
  );
}
