import { beforeEach, describe, expect, it } from 'vitest';
import {
  FREE_ATTEMPTS,
  PIN_ATTEMPTS_KEY,
  clearAttempts,
  msUntilNextTry,
  readAttempts,
  recordFailure,
  waitAfter,
} from '../../src/lib/pin-attempts';
import { createSafeStorage } from '../../src/lib/safe-storage';

describe('wait after wrong PINs', () => {
  beforeEach(() => localStorage.clear());

  it('lets a few typos go, then doubles the wait up to 15 minutes', () => {
    const waits = Array.from({ length: 12 }, (_, failures) => waitAfter(failures));
    expect(waits.slice(0, FREE_ATTEMPTS)).toEqual([0, 0, 0]);
    expect(waits.slice(FREE_ATTEMPTS, FREE_ATTEMPTS + 4)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(waitAfter(50)).toBe(15 * 60_000);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
  });

  it('survives a reload: a new storage over the same localStorage still counts', () => {
    const tab = createSafeStorage();
    for (let i = 0; i < 4; i++) recordFailure(tab, 1_000_000);
    const afterReload = readAttempts(createSafeStorage());
    expect(afterReload).toEqual({ failures: 4, lastFailureAt: 1_000_000 });
    expect(msUntilNextTry(afterReload, 1_000_000 + 3_000)).toBe(7_000);
    expect(msUntilNextTry(afterReload, 1_000_000 + 10_000)).toBe(0);
  });

  it('does not end a wait early when the clock is set back', () => {
    const attempts = { failures: FREE_ATTEMPTS, lastFailureAt: 5_000_000 };
    expect(msUntilNextTry(attempts, 4_000_000)).toBe(5_000);
  });

  it('clears after the right PIN', () => {
    const storage = createSafeStorage();
    recordFailure(storage, 1);
    clearAttempts(storage);
    expect(readAttempts(storage).failures).toBe(0);
  });

  it.each(['not json', '{"failures":"9","lastFailureAt":1}', 'null', '[1,2]'])(
    'reads a damaged record %j as no failures',
    (raw) => {
      localStorage.setItem(PIN_ATTEMPTS_KEY, raw);
      expect(readAttempts(createSafeStorage())).toEqual({ failures: 0, lastFailureAt: 0 });
    },
  );
});
