/** A counselor PIN: 4 to 8 digits. */
export const PIN_PATTERN = /^\d{4,8}$/;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA-256; about half a second on a school Chromebook. */
export const PIN_ITERATIONS = 600_000;
const SCHEME = 'pbkdf2-sha256';

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

async function pbkdf2(pin: string, salt: string, iterations: number): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(salt), iterations },
    key,
    256,
  );
  return hex(new Uint8Array(bits));
}

/** The first format (before PBKDF2): `salt:hash`, one salted SHA-256. Read only, to upgrade it. */
async function legacyDigest(salt: string, pin: string): Promise<string> {
  const data = new TextEncoder().encode(`careerfit-pin:${salt}:${pin}`);
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
}

/**
 * The stored form of a PIN: `pbkdf2-sha256$<iterations>$<salt>$<hash>` (hex salt and hash).
 * Only this is ever stored. A PIN has few possible values, so a slow hash makes each guess
 * cost time rather than making the PIN secret; the delay after wrong PINs does the rest.
 */
export async function hashPin(
  pin: string,
  { salt = hex(crypto.getRandomValues(new Uint8Array(16))), iterations = PIN_ITERATIONS } = {},
): Promise<string> {
  return `${SCHEME}$${iterations}$${salt}$${await pbkdf2(pin, salt, iterations)}`;
}

/** Every character compared, so timing says nothing about where two hex strings differ. */
function sameHex(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export type PinCheck =
  /** The PIN matches; `upgraded` is the value to store instead when the stored one is outdated. */
  { ok: true; upgraded: string | null } | { ok: false };

const HEX = /^[0-9a-f]+$/;

/** Checks `pin` against a stored value of either format; malformed values never match. */
export async function checkPin(pin: string, stored: string | null): Promise<PinCheck> {
  if (!stored || !isValidPin(pin)) return { ok: false };
  const parts = stored.split('$');
  if (parts.length === 4 && parts[0] === SCHEME) {
    const [, rounds, salt, hash] = parts as [string, string, string, string];
    const iterations = Number(rounds);
    if (!/^\d+$/.test(rounds) || iterations < 1 || !HEX.test(salt) || !HEX.test(hash)) {
      return { ok: false };
    }
    if (!sameHex(await pbkdf2(pin, salt, iterations), hash)) return { ok: false };
    return { ok: true, upgraded: iterations < PIN_ITERATIONS ? await hashPin(pin) : null };
  }
  const [salt, hash, extra] = stored.split(':');
  if (!salt || !hash || extra !== undefined) return { ok: false };
  if (!sameHex(await legacyDigest(salt, pin), hash)) return { ok: false };
  return { ok: true, upgraded: await hashPin(pin) };
}

/** True when `pin` matches a stored value of either format. */
export async function verifyPin(pin: string, stored: string | null): Promise<boolean> {
  return (await checkPin(pin, stored)).ok;
}
