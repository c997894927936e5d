import '../session/session.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useMessages } from '../../../i18n';
import { useLockedSealedCount } from '../../../store/counselor-hooks';
import { useCounselorStore } from '../../../store/counselor-store';
import { forgetSealed, openSealed } from '../../../store/unsealed-store';
import { TextField } from '../session/setup-fields';
import { usePinCheck } from '../shared-device/use-pin-check';
import { dashboardMessages } from './dashboard-messages';

const opens = async (pin: string) => (await openSealed(pin)) > 0;

/**
 * Results sealed on a shared device stay unreadable here until their session's PIN is given
 * (lib/sealed-box); wrong PINs wait as at the gate. Opened results are forgotten on leaving the
 * dashboard, unless a shared-device session keeps them open until counselor pages lock.
 */
export function SealedPanel() {
  const t = useMessages(dashboardMessages);
  const locked = useLockedSealedCount();
  const [pin, setPin] = useState('');
  const { check, checking, problem: problemFor } = usePinCheck(null, opens);
  const id = useId();

  useEffect(
    () => () => {
      if (!useCounselorStore.getState().settings?.sharedDevice) forgetSealed();
    },
    [],
  );

  if (locked === 0) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (checking) return;
    await check(pin);
    setPin('');
  }

  const problem = problemFor(t.sealedWrong);
  return (
    <section className="panel sealed-panel no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.sealedHeading}</h2>
      <p>{t.sealedText(locked)}</p>
      <form className="session-form" onSubmit={submit} noValidate>
        <TextField
          label={t.sealedPin}
          hint={t.sealedForgot}
          error={problem || undefined}
          value={pin}
          pin
          onChange={setPin}
        />
        <p className="visually-hidden" role="alert">
          {problem}
        </p>
        <div className="actions">
          <button type="submit" className="button primary" aria-disabled={checking || undefined}>
            {t.sealedOpen}
          </button>
        </div>
      </form>
    </section>
  );
}
