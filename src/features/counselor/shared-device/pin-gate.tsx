import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMessages } from '../../../i18n';
import { createVault } from '../../../lib/sealed-box';
import { useCounselorStore } from '../../../store/counselor-store';
import { openSealed } from '../../../store/unsealed-store';
import { useDeviceSession } from './device-session';
import { sharedDeviceMessages } from './shared-device-messages';
import { usePinCheck } from './use-pin-check';

/** A session started before sealing existed gets its vault the first time the PIN is given. */
async function sealFromNowOn(pin: string) {
  const { settings, actions } = useCounselorStore.getState();
  if (!settings?.sharedDevice || settings.vaultId) return;
  await actions.attachVault(await createVault(pin));
}

/** Stands in for a counselor page on a shared device until the right PIN is entered. */
export function PinGate({ pinHash }: { pinHash: string | null }) {
  const t = useMessages(sharedDeviceMessages);
  const unlock = useDeviceSession((state) => state.unlock);
  const [pin, setPin] = useState('');
  const { check, checking, wrong, problem: problemFor } = usePinCheck(pinHash);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => input.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (checking) return;
    const outcome = await check(pin);
    if (outcome === 'ok') {
      await openSealed(pin);
      unlock();
      void sealFromNowOn(pin);
      return;
    }
    setPin('');
    input.current?.focus();
  }

  const problem = problemFor(t.wrongPin);

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
