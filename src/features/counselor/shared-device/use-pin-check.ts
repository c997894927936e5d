import { useEffect, useState } from 'react';
import { checkPin } from '../../../lib/pin';
import {
  clearAttempts,
  msUntilNextTry,
  readAttempts,
  recordFailure,
} from '../../../lib/pin-attempts';
import { createSafeStorage } from '../../../lib/safe-storage';
import { useCounselorActions } from '../../../store/counselor-hooks';

const attemptsStorage = createSafeStorage();

export type PinOutcome = 'ok' | 'wrong' | 'wait';

/**
 * Checks a PIN against the stored hash, with a wait after repeated wrong PINs that a reload or
 * another tab does not reset, and upgrades an outdated stored hash once the right PIN is given.
 */
export function usePinCheck(pinHash: string | null) {
  const { replacePinHash } = useCounselorActions();
  const [checking, setChecking] = useState(false);
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
      const result = await checkPin(pin, pinHash);
      if (result.ok) {
        clearAttempts(attemptsStorage);
        setWaitMs(0);
        if (result.upgraded) replacePinHash(result.upgraded);
        return 'ok';
      }
      setWaitMs(msUntilNextTry(recordFailure(attemptsStorage, Date.now()), Date.now()));
      return 'wrong';
    } finally {
      setChecking(false);
    }
  }

  return { check, checking, waitMs };
}
