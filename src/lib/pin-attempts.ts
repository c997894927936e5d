import type { SafeStorage } from './safe-storage';

/** Wrong PINs on this device, kept in storage so a reload or a new tab does not reset them. */
export const PIN_ATTEMPTS_KEY = 'careerfit:pin-attempts';
/** Wrong PINs allowed before any wait: enough for a typo or two. */
export const FREE_ATTEMPTS = 3;
const FIRST_WAIT_MS = 5_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/** The wait after `failures` wrong PINs: none for the first few, then 5 s doubling to 15 min. */
export function waitAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS), LONGEST_WAIT_MS);
}

export interface PinAttempts {
  failures: number;
  /** When the last wrong PIN was entered (ms since the epoch). */
  lastFailureAt: number;
}

const NONE: PinAttempts = { failures: 0, lastFailureAt: 0 };

export function readAttempts(storage: SafeStorage): PinAttempts {
  try {
    const value: unknown = JSON.parse(storage.getItem(PIN_ATTEMPTS_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return NONE;
    const { failures, lastFailureAt } = value as Record<string, unknown>;
    if (!Number.isInteger(failures) || typeof lastFailureAt !== 'number') return NONE;
    return { failures: Math.max(0, failures as number), lastFailureAt };
  } catch {
    return NONE;
  }
}

/**
 * Milliseconds until the next PIN may be tried (0: now). A last failure dated in the future (a
 * clock set back) counts from now, so changing the clock cannot end a wait early.
 */
export function msUntilNextTry(attempts: PinAttempts, now: number): number {
  const wait = waitAfter(attempts.failures);
  if (wait === 0) return 0;
  return Math.max(0, Math.min(attempts.lastFailureAt, now) + wait - now);
}

export function recordFailure(storage: SafeStorage, now: number): PinAttempts {
  const attempts = { failures: readAttempts(storage).failures + 1, lastFailureAt: now };
  storage.setItem(PIN_ATTEMPTS_KEY, JSON.stringify(attempts));
  return attempts;
}

export function clearAttempts(storage: SafeStorage): void {
  storage.removeItem(PIN_ATTEMPTS_KEY);
}
