import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMessages } from '../../../i18n';
import { verifyPin } from '../../../lib/pin';
import { useDeviceSession } from './device-session';
import { sharedDeviceMessages } from './shared-device-messages';

/** Stands in for a counselor page on a shared device until the right PIN is entered. */
export function PinGate({ pinHash }: { pinHash: string | null }) {
  const t = useMessages(sharedDeviceMessages);
  const unlock = useDeviceSession((state) => state.unlock);
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => input.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await verifyPin(pin, pinHash)) {
      unlock();
    } else {
      setWrong(true);
      setPin('');
      input.current?.focus();
    }
  }

  return (
    <section className="panel pin-gate" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t.pinTitle}</h1>
      <p>{t.pinText}</p>
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-pin`} className="field-label">
          {t.pinLabel}
        </label>
        <input
          ref={input}
          id={`${id}-pin`}
          className="text-input pin-input"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          value={pin}
          aria-invalid={wrong || undefined}
          aria-describedby={wrong ? `${id}-error` : undefined}
          onChange={(event) => setPin(event.target.value)}
        />
        {wrong ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {t.wrongPin}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary">
            {t.unlock}
          </button>
          <Link className="button" to="/">
            {t.backToStart}
          </Link>
        </div>
      </form>
    </section>
  );
}
