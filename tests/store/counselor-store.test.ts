import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CounselorSettings } from '../../src/store/counselor-store';
import { SESSION_SETTINGS } from '../fixtures/counselor';

/** A fresh copy of the store module, as a new tab or a reload gets it, with its results read. */
async function loadStore() {
  vi.resetModules();
  const mod = await import('../../src/store/counselor-store');
  await mod.loadCounselorRecords();
  return mod.useCounselorStore;
}

const SETTINGS: CounselorSettings = { ...SESSION_SETTINGS, vaultId: null };

describe('counselor store', () => {
  beforeEach(() => localStorage.clear());

  it('adds results, counting duplicates after trimming', async () => {
    const store = await loadStore();
    const { addResults } = store.getState().actions;
    const item = { code: 'cAAA', name: 'Ana', group: null, source: 'paste' as const };
    expect(
      await addResults([item, { ...item, code: ' cAAA ' }, { ...item, code: 'cBBB' }]),
    ).toEqual({ added: 2, duplicates: 1, saved: true });
    expect(await addResults([item])).toEqual({ added: 0, duplicates: 1, saved: true });
    expect(store.getState().results.map((r) => r.code)).toEqual(['cAAA', 'cBBB']);
  });

  it('ending a session keeps results; clearAll removes both', async () => {
    const store = await loadStore();
    const { startSession, endSession, addResults, clearAll } = store.getState().actions;
    await startSession(SETTINGS);
    await addResults([{ code: 'cAAA', name: null, group: 'x', source: 'device' }]);
    endSession();
    expect(store.getState().settings).toBeNull();
    expect(store.getState().results).toHaveLength(1);
    await startSession(SETTINGS);
    expect(await clearAll()).toBe(true);
    expect(store.getState()).toMatchObject({ settings: null, results: [] });
  });

  it('keeps every turn on a shared device, even two students who answered alike', async () => {
    const store = await loadStore();
    const { addResults } = store.getState().actions;
    const turn = { code: 'cAAA', name: null, group: 'x', source: 'device' as const };
    expect(await addResults([turn])).toEqual({ added: 1, duplicates: 0, saved: true });
    expect(await addResults([turn])).toEqual({ added: 1, duplicates: 0, saved: true });
    const ids = store.getState().results.map((r) => r.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('tells named students with the same code apart, and skips the same name again', async () => {
    const store = await loadStore();
    const { addResults } = store.getState().actions;
    const row = (name: string) => ({ code: 'cAAA', name, group: null, source: 'csv' as const });
    expect(await addResults([row('Ana'), row('Ben')])).toMatchObject({ added: 2, duplicates: 0 });
    expect(await addResults([row('ANA ')])).toMatchObject({ added: 0, duplicates: 1 });
  });

  it('removes one result by its id, not every result with its code', async () => {
    const store = await loadStore();
    const { addResults, removeResult } = store.getState().actions;
    await addResults([
      { code: 'cAAA', name: 'Ana', group: null, source: 'csv' },
      { code: 'cAAA', name: 'Ben', group: null, source: 'csv' },
      { code: 'cBBB', name: null, group: null, source: 'paste' },
    ]);
    await removeResult(store.getState().results[0]!.id);
    expect(store.getState().results.map((r) => [r.code, r.name])).toEqual([
      ['cAAA', 'Ben'],
      ['cBBB', null],
    ]);
  });

  it('gives version-1 results ids, keeping them all', async () => {
    const results = [
      { code: 'cAAA', name: 'Ana', group: null, source: 'csv', addedAt: 5 },
      { code: 'cBBB', name: null, group: null, source: 'paste', addedAt: 6 },
    ];
    localStorage.setItem(
      'careerfit:counselor',
      JSON.stringify({ state: { settings: null, results }, version: 1 }),
    );
    const store = await loadStore();
    const restored = store.getState().results;
    expect(restored.map((r) => r.code)).toEqual(['cAAA', 'cBBB']);
    expect(new Set(restored.map((r) => r.id)).size).toBe(2);
  });

  it('moves version-2 data to version 3 with nothing lost and no vault yet', async () => {
    const settings = { ...SETTINGS, vaultId: undefined };
    const results = [
      { id: 'x1', code: 'cAAA', name: 'Ana', group: null, source: 'device', addedAt: 5 },
    ];
    localStorage.setItem(
      'careerfit:counselor',
      JSON.stringify({ state: { settings, results }, version: 2 }),
    );
    const store = await loadStore();
    expect(store.getState().settings).toEqual(SETTINGS);
    expect(store.getState().results).toEqual(results);
    expect(store.getState()).toMatchObject({ vaults: [], sealed: [] });
  });

  it('keeps a vault while it seals a result, and drops it with the last one', async () => {
    const store = await loadStore();
    const vault = {
      id: 'v1',
      publicKey: { kty: 'EC' },
      salt: 's',
      iterations: 1,
      iv: 'i',
      wrapped: 'w',
    };
    const { actions } = store.getState();
    await actions.startSession(SETTINGS, vault);
    expect(store.getState().settings?.vaultId).toBe('v1');
    await actions.addSealed({ vault: 'v1', epk: { kty: 'EC' }, iv: 'a', ct: 'b' });
    actions.endSession();
    expect((await loadStore()).getState().vaults).toEqual([vault]);
    const [sealed] = store.getState().sealed;
    await actions.removeResult(sealed!.id);
    expect(store.getState()).toMatchObject({ vaults: [], sealed: [] });
    // A vault with nothing sealed and no session is not kept.
    await actions.startSession(SETTINGS, vault);
    actions.endSession();
    await actions.removeResult('nothing');
    expect(store.getState().vaults).toEqual([]);
    expect((await loadStore()).getState().vaults).toEqual([]);
  });

  it('saves and restores settings and results', async () => {
    let store = await loadStore();
    await store.getState().actions.startSession(SETTINGS);
    await store
      .getState()
      .actions.addResults([{ code: 'cAAA', name: 'Ana', group: null, source: 'csv' }]);
    store = await loadStore();
    expect(store.getState().settings).toEqual(SETTINGS);
    expect(store.getState().results[0]).toMatchObject({ code: 'cAAA', name: 'Ana', source: 'csv' });
  });

  it('keeps a copy of unreadable data and starts empty', async () => {
    localStorage.setItem('careerfit:counselor', '{oops');
    const store = await loadStore();
    expect(store.getState()).toMatchObject({
      settings: null,
      results: [],
      restoreProblem: 'unreadable',
    });
    expect(localStorage.getItem('careerfit:counselor:unreadable')).toBe('{oops');
  });

  it('drops broken entries and invalid settings from saved data', async () => {
    const state = {
      settings: { group: 1 },
      results: [
        { id: 'a', code: 'cAAA', source: 'weird' },
        { nope: true },
        { id: 'a', code: 'cAAA' },
        'x',
        { code: 'cBBB' },
      ],
    };
    localStorage.setItem('careerfit:counselor', JSON.stringify({ state, version: 2 }));
    const store = await loadStore();
    expect(store.getState().settings).toBeNull();
    const [first, second, ...rest] = store.getState().results;
    expect(first).toEqual({
      id: 'a',
      code: 'cAAA',
      name: null,
      group: null,
      source: 'paste',
      addedAt: 0,
    });
    expect(second).toMatchObject({ code: 'cBBB', id: expect.any(String) });
    expect(rest).toEqual([]);
  });
});

describe('counselor results in IndexedDB', () => {
  beforeEach(() => localStorage.clear());

  const v3 = (results: unknown[], extra: object = {}) =>
    JSON.stringify({
      state: { settings: SETTINGS, results, vaults: [], sealed: [], ...extra },
      version: 3,
    });

  it('moves version-3 localStorage data into IndexedDB, then removes the old value', async () => {
    const result = { id: 'r1', code: 'cAAA', name: 'Ana', group: null, source: 'csv', addedAt: 5 };
    localStorage.setItem('careerfit:counselor', v3([result]));
    const store = await loadStore();
    expect(store.getState().results).toEqual([result]);
    expect(store.getState().settings).toEqual(SETTINGS);
    expect(localStorage.getItem('careerfit:counselor')).toBeNull();
    expect(JSON.parse(localStorage.getItem('careerfit:counselor-settings')!)).toMatchObject({
      state: { settings: SETTINGS },
    });
    // A reload reads them from IndexedDB alone.
    expect((await loadStore()).getState().results).toEqual([result]);
  });

  it('keeps the old value when the move into IndexedDB fails, and moves it on a later load', async () => {
    const result = { id: 'r1', code: 'cAAA', name: null, group: null, source: 'paste', addedAt: 1 };
    localStorage.setItem('careerfit:counselor', v3([result]));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const failed = await loadStore();
    expect(failed.getState().results).toEqual([]);
    expect(localStorage.getItem('careerfit:counselor')).not.toBeNull();
    put.mockRestore();
    expect((await loadStore()).getState().results).toEqual([result]);
    expect(localStorage.getItem('careerfit:counselor')).toBeNull();
  });

  it('reports a refused write and shows nothing as added', async () => {
    const store = await loadStore();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const outcome = await store
      .getState()
      .actions.addResults([{ code: 'cAAA', name: null, group: null, source: 'paste' }]);
    put.mockRestore();
    expect(outcome).toEqual({ added: 0, duplicates: 0, saved: false });
    expect(store.getState()).toMatchObject({ results: [], writeFailed: true });
    expect((await loadStore()).getState().results).toEqual([]);
  });

  it('keeps what two tabs add, and shows each tab the other’s results live', async () => {
    const first = await loadStore();
    const second = await loadStore();
    const row = (code: string) => ({ code, name: null, group: null, source: 'paste' as const });
    await first.getState().actions.addResults([row('cAAA')]);
    await second.getState().actions.addResults([row('cBBB')]);
    await vi.waitFor(() => expect(first.getState().results).toHaveLength(2));
    expect(second.getState().results).toHaveLength(2);
    // Clearing in one tab removes only what that tab showed; nothing else is overwritten.
    const third = await loadStore();
    expect(
      third
        .getState()
        .results.map((r) => r.code)
        .sort(),
    ).toEqual(['cAAA', 'cBBB']);
    await first.getState().actions.removeResult(first.getState().results[0]!.id);
    await vi.waitFor(() => expect(second.getState().results).toHaveLength(1));
  });
});
