import { describe, expect, it } from 'vitest';
import { hashPin, isValidPin, verifyPin } from '../../../src/lib/pin';

describe('counselor PIN', () => {
  it.each([
    ['1234', true],
    ['12345678', true],
    ['123', false],
    ['123456789', false],
    ['12a4', false],
    [' 1234', false],
    ['', false],
  ])('isValidPin(%j) is %s', (pin, ok) => {
    expect(isValidPin(pin)).toBe(ok);
  });

  it('stores a salted hash, never the PIN itself', async () => {
    const stored = await hashPin('4821');
    expect(stored).not.toContain('4821');
    expect(stored).toMatch(/^[0-9a-f]{32}:[0-9a-f]{64}$/);
    // A fresh salt each time: the same PIN gives different stored values.
    expect(await hashPin('4821')).not.toBe(stored);
  });

  it('is deterministic for a given salt', async () => {
    expect(await hashPin('4821', 'abc')).toBe(await hashPin('4821', 'abc'));
    expect(await hashPin('4821', 'abc')).not.toBe(await hashPin('4822', 'abc'));
  });

  it('verifies the right PIN and rejects others', async () => {
    const stored = await hashPin('4821');
    expect(await verifyPin('4821', stored)).toBe(true);
    expect(await verifyPin('4822', stored)).toBe(false);
    expect(await verifyPin('48210', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it.each([null, '', 'nocolon', 'a:b:c', ':abc'])(
    'rejects a malformed stored value %j',
    async (stored) => {
      expect(await verifyPin('4821', stored)).toBe(false);
    },
  );
});
