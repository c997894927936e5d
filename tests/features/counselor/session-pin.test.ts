import { createHash, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PIN_ITERATIONS, checkPin, hashPin, isValidPin, verifyPin } from '../../../src/lib/pin';

/** A value in the first format (salted SHA-256), made independently of the app's code. */
const legacyHash = (pin: string, salt: string) =>
  `${salt}:${createHash('sha256').update(`careerfit-pin:${salt}:${pin}`).digest('hex')}`;

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

  it('stores a PBKDF2-SHA-256 hash with a fresh salt and at least 600,000 iterations', async () => {
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const stored = await hashPin('4821');
    expect(stored).not.toContain('4821');
    expect(stored).toMatch(/^pbkdf2-sha256\$600000\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(await hashPin('4821')).not.toBe(stored);
  });

  it('is the standard PBKDF2-HMAC-SHA-256 of the PIN (checked against node:crypto)', async () => {
    const stored = await hashPin('4821', { salt: 'a1b2c3', iterations: 1000 });
    const expected = pbkdf2Sync('4821', 'a1b2c3', 1000, 32, 'sha256').toString('hex');
    expect(stored).toBe(`pbkdf2-sha256$1000$a1b2c3$${expected}`);
  });

  it('verifies the right PIN and rejects others', async () => {
    const stored = await hashPin('4821');
    expect(await checkPin('4821', stored)).toEqual({ ok: true, upgraded: null });
    expect(await verifyPin('4822', stored)).toBe(false);
    expect(await verifyPin('48210', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('accepts an old salted SHA-256 once and hands back a PBKDF2 hash to store instead', async () => {
    const old = legacyHash('4821', '0f1e2d3c');
    const check = await checkPin('4821', old);
    expect(check.ok).toBe(true);
    const upgraded = check.ok ? check.upgraded : null;
    expect(upgraded).toMatch(/^pbkdf2-sha256\$600000\$/);
    expect(await checkPin('4821', upgraded)).toEqual({ ok: true, upgraded: null });
    expect(await verifyPin('4822', old)).toBe(false);
  });

  it('upgrades a PBKDF2 hash made with fewer iterations than today', async () => {
    const weak = await hashPin('4821', { iterations: 1000 });
    const check = await checkPin('4821', weak);
    expect(check.ok && check.upgraded).toMatch(/^pbkdf2-sha256\$600000\$/);
    expect(await verifyPin('1111', weak)).toBe(false);
  });

  it.each([
    null,
    '',
    'nocolon',
    'a:b:c',
    ':abc',
    'pbkdf2-sha256$0$ab$cd',
    'pbkdf2-sha256$x$ab$cd',
    'pbkdf2-sha256$1000$$cd',
    'pbkdf2-sha256$1000$ab$',
    'pbkdf2-sha256$1000$ab$cd$ef',
    'md5$1000$ab$cd',
  ])('rejects a malformed stored value %j', async (stored) => {
    expect(await verifyPin('4821', stored)).toBe(false);
  });
});
