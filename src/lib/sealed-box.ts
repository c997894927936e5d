import { PIN_ITERATIONS } from './pin';

/*
 * Sealed results for shared devices (README "What is stored where"). At session setup the device
 * makes an ECDH P-256 key pair. The public half seals each finished result (a fresh ephemeral key
 * per result, ECDH → AES-GCM-256), so a student's turn can store a result it cannot read back.
 * The private half is kept wrapped (AES-GCM) by a key derived from the counselor's PIN with
 * PBKDF2-SHA-256; only someone who knows the PIN can unwrap it. P-256 and AES-GCM are in
 * WebCrypto in every engine we support, so no library is needed.
 */

/** The stored key of one session: its public key and its PIN-wrapped private key. */
export interface StoredVault {
  id: string;
  publicKey: JsonWebKey;
  salt: string;
  iterations: number;
  iv: string;
  wrapped: string;
}

/** One sealed value: the ephemeral public key, the nonce and the ciphertext. */
export interface SealedBox {
  vault: string;
  epk: JsonWebKey;
  iv: string;
  ct: string;
}

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const AES = { name: 'AES-GCM', length: 256 } as const;

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
/** Only the curve point: a stored public key carries no usage or extractability flags. */
const publicPart = ({ kty, crv, x, y }: JsonWebKey): JsonWebKey => ({ kty, crv, x, y });

async function pinKey(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const base = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    AES,
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** A new vault for a session, its private key wrapped by `secret` (the counselor's PIN). */
export async function createVault(
  secret: string,
  { iterations = PIN_ITERATIONS, id = toBase64(random(9)) } = {},
): Promise<StoredVault> {
  const pair = await crypto.subtle.generateKey(CURVE, true, ['deriveKey']);
  const salt = random(16);
  const iv = random(12);
  const wrapped = await crypto.subtle.wrapKey(
    'pkcs8',
    pair.privateKey,
    await pinKey(secret, salt, iterations),
    { name: 'AES-GCM', iv },
  );
  return {
    id,
    publicKey: publicPart(await crypto.subtle.exportKey('jwk', pair.publicKey)),
    salt: toBase64(salt),
    iterations,
    iv: toBase64(iv),
    wrapped: toBase64(new Uint8Array(wrapped)),
  };
}

/** The vault's private key (not extractable) when `secret` is right; null otherwise. */
export async function openVault(vault: StoredVault, secret: string): Promise<CryptoKey | null> {
  try {
    const wrapping = await pinKey(secret, fromBase64(vault.salt), vault.iterations);
    return await crypto.subtle.unwrapKey(
      'pkcs8',
      fromBase64(vault.wrapped),
      wrapping,
      { name: 'AES-GCM', iv: fromBase64(vault.iv) },
      CURVE,
      false,
      ['deriveKey'],
    );
  } catch {
    // A wrong PIN fails AES-GCM's authentication; a damaged vault fails to decode.
    return null;
  }
}

async function sharedKey(privateKey: CryptoKey, publicJwk: JsonWebKey, usage: KeyUsage) {
  const publicKey = await crypto.subtle.importKey('jwk', publicPart(publicJwk), CURVE, false, []);
  return crypto.subtle.deriveKey({ name: 'ECDH', public: publicKey }, privateKey, AES, false, [
    usage,
  ]);
}

/** Seals `text` so that only the holder of the vault's private key can read it. */
export async function seal(vault: Pick<StoredVault, 'id' | 'publicKey'>, text: string) {
  const ephemeral = await crypto.subtle.generateKey(CURVE, true, ['deriveKey']);
  const key = await sharedKey(ephemeral.privateKey, vault.publicKey, 'encrypt');
  const iv = random(12);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(text),
  );
  const box: SealedBox = {
    vault: vault.id,
    epk: publicPart(await crypto.subtle.exportKey('jwk', ephemeral.publicKey)),
    iv: toBase64(iv),
    ct: toBase64(new Uint8Array(ct)),
  };
  return box;
}

/** The sealed text, or null when the key is not this box's or the box was altered. */
export async function unseal(privateKey: CryptoKey, box: SealedBox): Promise<string | null> {
  try {
    const key = await sharedKey(privateKey, box.epk, 'decrypt');
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(box.iv) },
      key,
      fromBase64(box.ct),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

export function isStoredVault(value: unknown): value is StoredVault {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    isText(v.id) &&
    typeof v.publicKey === 'object' &&
    v.publicKey !== null &&
    isText(v.salt) &&
    Number.isInteger(v.iterations) &&
    (v.iterations as number) > 0 &&
    isText(v.iv) &&
    isText(v.wrapped)
  );
}

export function isSealedBox(value: unknown): value is SealedBox {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    isText(v.vault) && typeof v.epk === 'object' && v.epk !== null && isText(v.iv) && isText(v.ct)
  );
}
