import { describe, expect, it } from 'vitest';
import { createVault, openVault, seal, unseal } from '../../src/lib/sealed-box';
import { PIN_ITERATIONS } from '../../src/lib/pin';

// Few iterations keep the tests fast; the default is checked separately.
const FAST = { iterations: 1_000 };

describe('sealed results', () => {
  it('opens with the right PIN and reads back what was sealed', async () => {
    const vault = await createVault('4821', FAST);
    const box = await seal(vault, '{"name":"Zoë","code":"abc"}');
    const key = await openVault(vault, '4821');
    expect(key).not.toBeNull();
    expect(await unseal(key as CryptoKey, box)).toBe('{"name":"Zoë","code":"abc"}');
  });

  it('refuses a wrong PIN', async () => {
    const vault = await createVault('4821', FAST);
    expect(await openVault(vault, '4822')).toBeNull();
    expect(await openVault(vault, '')).toBeNull();
  });

  it('stores nothing that reads as the sealed text', async () => {
    const vault = await createVault('4821', FAST);
    const box = await seal(vault, 'Zoë Example, Medical coder');
    const stored = JSON.stringify({ vault, box });
    // Whole words only: two random base64 letters such as "Zo" turn up by chance.
    expect(stored).not.toContain('Example');
    expect(stored).not.toContain('coder');
    expect(stored).not.toContain('"d"');
    // Two seals of the same text differ (fresh ephemeral key and nonce each time).
    expect(JSON.stringify(await seal(vault, 'same'))).not.toBe(
      JSON.stringify(await seal(vault, 'same')),
    );
  });

  it("does not open another session's box or an altered one", async () => {
    const first = await createVault('1111', FAST);
    const second = await createVault('1111', FAST);
    const box = await seal(first, 'hello');
    const otherKey = (await openVault(second, '1111')) as CryptoKey;
    expect(await unseal(otherKey, box)).toBeNull();
    const key = (await openVault(first, '1111')) as CryptoKey;
    const flipped = box.ct.startsWith('A') ? `B${box.ct.slice(1)}` : `A${box.ct.slice(1)}`;
    expect(await unseal(key, { ...box, ct: flipped })).toBeNull();
    expect(await unseal(key, { ...box, ct: '!!' })).toBeNull();
  });

  it('wraps with the full PIN cost by default', async () => {
    const vault = await createVault('4821');
    expect(vault.iterations).toBe(PIN_ITERATIONS);
  });
});
