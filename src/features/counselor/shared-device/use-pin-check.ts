import { useEffect, useState } from 'react';
import { checkPin } from '../../../lib/pin';
import {
  clearAttempts,
  msUntilNextTry,
  readAttempts,
  recordFailure,
} from '../../../lib/pin-attempts';
import { useMessages } from '../../../i18n';
import { createSafeStorage } from '../../../lib/safe-storage';
import { useCounselorActions } from '../../../store/counselor-hooks';
import { sharedDeviceMessages } from './shared-device-messages';

const attemptsStorage = createSafeStorage();

/** "Try again in 40 seconds" (minutes from 90 s on), for the wait after wrong PINs. */
function waitText(t: (typeof sharedDeviceMessages)['en'], ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return t.pinWait(seconds < 90 ? t.seconds(seconds) : t.minutes(Math.ceil(seconds / 60)));
}

export type PinOutcome = 'ok' | 'wrong' | 'wait';

/**
 * Checks a PIN against the stored hash, with a wait after repeated wrong PINs that a reload or
 * another tab does not reset, and upgrades an outdated stored hash once the right PIN is given.
 * With `opens`, the PIN is right when it opens something else instead (sealed results).
 */
export function usePinCheck(pinHash: string | null, opens?: (pin: string) => Promise<boolean>) {
  const t = useMessages(sharedDeviceMessages);
  const { replacePinHash } = useCounselorActions();
  const [checking, setChecking] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [waitMs, setWaitMs] = useState(() =>
    msUntilNextTry(readAttempts(attemptsStorage), Date.now()),
  );

  useEffect(() => {
    if (waitMs <= 0) return;
    const timer = setTimeout(() => setWaitMs(0), waitMs);
    return () => clearTimeout(timer);
  }, [waitMs]);

  async function check(pin: string): Promise<PinOutcome> {
    const wait = msUntilNextTry(readAttempts(attemptsStorage), Date.now());
    if (wait > 0) {
      setWaitMs(wait);
      return 'wait';
    }
    setChecking(true);
    try {
      const result = opens
        ? { ok: await opens(pin), upgraded: null }
        : await checkPin(pin, pinHash);
      if (result.ok) {
        clearAttempts(attemptsStorage);
        setWaitMs(0);
        setWrong(false);
        if (result.upgraded) replacePinHash(result.upgraded);
        return 'ok';
      }
      setWaitMs(msUntilNextTry(recordFailure(attemptsStorage, Date.now()), Date.now()));
      setWrong(true);
      return 'wrong';
    } finally {
      setChecking(false);
    }
  }

  /** What to tell the person after a refused PIN (`wrongPin` in the screen's words), or ''. */
  const problem = (wrongPin: string) =>
    [wrong ? wrongPin : '', waitMs > 0 ? waitText(t, waitMs) : ''].filter(Boolean).join(' ');

  return { check, checking, wrong, problem };
}
