import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMessages } from '../../../i18n';
import { useDeviceSession } from './device-session';
import { sharedDeviceMessages } from './shared-device-messages';
import { usePinCheck } from './use-pin-check';

type DeviceMessages = (typeof sharedDeviceMessages)['en'];

/** "Try again in 40 seconds" (minutes from 90 s on), for the wait after wrong PINs. */
export function pinWaitText(t: DeviceMessages, ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return t.pinWait(seconds < 90 ? t.seconds(seconds) : t.minutes(Math.ceil(seconds / 60)));
}

/** Stands in for a counselor page on a shared device until the right PIN is entered. */
export function PinGate({ pinHash }: { pinHash: string | null }) {
  const t = useMessages(sharedDeviceMessages);
  const unlock = useDeviceSession((state) => state.unlock);
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const { check, checking, waitMs } = usePinCheck(pinHash);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => input.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (checking) return;
    const outcome = await check(pin);
    if (outcome === 'ok') {
      unlock();
      return;
    }
    if (outcome === 'wrong') setWrong(true);
    setPin('');
    input.current?.focus();
  }

  const problem = [wrong ? t.wrongPin : '', waitMs > 0 ? pinWaitText(t, waitMs) : '']
    .filter(Boolean)
    .join(' ');

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
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(event) => setPin(event.target.value)}
        />
        {problem ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary" aria-disabled={checking || undefined}>
            {checking ? t.checking : t.unlock}
          </button>
          <Link className="button" to="/">
            {t.backToStart}
          </Link>
        </div>
      </form>
    </section>
  );
}
