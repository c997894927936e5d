/** A counselor PIN: 4 to 8 digits. */
export const PIN_PATTERN = /^\d{4,8}$/;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

async function digest(salt: string, pin: string): Promise<string> {
  const data = new TextEncoder().encode(`careerfit-pin:${salt}:${pin}`);
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
}

/**
 * A salted SHA-256 of the PIN as `salt:hash` (hex). Only this is ever stored; a PIN has few
 * possible values, so this keeps it out of plain sight on a shared device rather than secret.
 */
export async function hashPin(
  pin: string,
  salt: string = hex(crypto.getRandomValues(new Uint8Array(16))),
): Promise<string> {
  return `${salt}:${await digest(salt, pin)}`;
}

/** True when `pin` matches a value made by `hashPin`; false for anything malformed. */
export async function verifyPin(pin: string, stored: string | null): Promise<boolean> {
  if (!stored || !isValidPin(pin)) return false;
  const [salt, hash, extra] = stored.split(':');
  if (!salt || !hash || extra !== undefined) return false;
  const actual = await digest(salt, pin);
  // Same length hex strings: compare every character so timing says nothing about where it differs.
  let diff = actual.length ^ hash.length;
  for (let i = 0; i < actual.length; i++) diff |= actual.charCodeAt(i) ^ (hash.charCodeAt(i) || 0);
  return diff === 0;
}
