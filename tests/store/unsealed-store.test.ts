import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createVault } from '../../src/lib/sealed-box';
import { SESSION_SETTINGS as SETTINGS, storedCounselorText } from '../fixtures/counselor';

async function load() {
  vi.resetModules();
  const counselor = await import('../../src/store/counselor-store');
  const unsealed = await import('../../src/store/unsealed-store');
  await counselor.loadCounselorRecords();
  return { store: counselor.useCounselorStore, ...unsealed };
}

describe('sealed results in the counselor store', () => {
  beforeEach(() => localStorage.clear());

  it('stores a kept result only sealed, and shows it once the right PIN opens it', async () => {
    const { store, keepSealed, openSealed, readableResults } = await load();
    await store
      .getState()
      .actions.startSession(SETTINGS, await createVault('4821', { iterations: 10 }));
    expect(await keepSealed({ code: 'cAAA', name: 'Ana Ng', group: 'Period 3' })).toBe(true);

    // A space never appears in base64, so the name cannot turn up inside the ciphertext by chance.
    const raw = (await storedCounselorText()) + JSON.stringify(localStorage);
    expect(raw).toContain('"sealed":[{');
    expect(raw).not.toContain('Ana Ng');
    expect(raw).not.toContain('cAAA');
    expect(readableResults()).toEqual([]);

    expect(await openSealed('0000')).toBe(0);
    expect(readableResults()).toEqual([]);
    expect(await openSealed('4821')).toBe(1);
    expect(readableResults()).toMatchObject([
      { code: 'cAAA', name: 'Ana Ng', group: 'Period 3', source: 'device' },
    ]);
  });

  it('opens results sealed after the PIN, and forgets them all on lock', async () => {
    const { store, keepSealed, openSealed, forgetSealed, readableResults } = await load();
    await store
      .getState()
      .actions.startSession(SETTINGS, await createVault('4821', { iterations: 10 }));
    await openSealed('4821');
    await keepSealed({ code: 'cBBB', name: null, group: null });
    await vi.waitFor(() => expect(readableResults()).toHaveLength(1));
    forgetSealed();
    expect(readableResults()).toEqual([]);
  });

  it('reads results sealed by earlier sessions with their own PINs', async () => {
    const { store, keepSealed, openSealed, readableResults } = await load();
    const { actions } = store.getState();
    await actions.startSession(SETTINGS, await createVault('1111', { iterations: 10 }));
    await keepSealed({ code: 'cOne', name: 'Ana', group: null });
    actions.endSession();
    await actions.startSession(SETTINGS, await createVault('2222', { iterations: 10 }));
    await keepSealed({ code: 'cTwo', name: 'Bo', group: null });
    expect(await openSealed('2222')).toBe(1);
    expect(readableResults().map((r) => r.code)).toEqual(['cTwo']);
    expect(await openSealed('1111')).toBe(1);
    expect(
      readableResults()
        .map((r) => r.code)
        .sort(),
    ).toEqual(['cOne', 'cTwo']);
  });

  it('refuses to keep a result when the session has no vault', async () => {
    const { store, keepSealed } = await load();
    await store.getState().actions.startSession(SETTINGS);
    expect(await keepSealed({ code: 'cAAA', name: null, group: null })).toBe(false);
    expect(store.getState().sealed).toEqual([]);
  });
});
