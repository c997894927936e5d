import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CounselorSettings } from '../../src/store/counselor-store';

async function loadStore() {
  vi.resetModules();
  return (await import('../../src/store/counselor-store')).useCounselorStore;
}

const SETTINGS: CounselorSettings = {
  group: 'Period 3',
  sharedDevice: true,
  askName: true,
  inactivityMinutes: 5,
  pinHash: null,
  keepResults: true,
  vaultId: null,
};

describe('counselor store', () => {
  beforeEach(() => localStorage.clear());

  it('adds results, counting duplicates after trimming', async () => {
    const store = await loadStore();
    const { addResults } = store.getState().actions;
    const item = { code: 'cAAA', name: 'Ana', group: null, source: 'paste' as const };
    expect(addResults([item, { ...item, code: ' cAAA ' }, { ...item, code: 'cBBB' }])).toEqual({
      added: 2,
      duplicates: 1,
    });
    expect(addResults([item])).toEqual({ added: 0, duplicates: 1 });
    expect(store.getState().results.map((r) => r.code)).toEqual(['cAAA', 'cBBB']);
  });

  it('ending a session keeps results; clearAll removes both', async () => {
    const store = await loadStore();
    const { startSession, endSession, addResults, clearAll } = store.getState().actions;
    startSession(SETTINGS);
    addResults([{ code: 'cAAA', name: null, group: 'x', source: 'device' }]);
    endSession();
    expect(store.getState().settings).toBeNull();
    expect(store.getState().results).toHaveLength(1);
    startSession(SETTINGS);
    clearAll();
    expect(store.getState()).toMatchObject({ settings: null, results: [] });
  });

  it('keeps every turn on a shared device, even two students who answered alike', async () => {
    const store = await loadStore();
    const { addResults } = store.getState().actions;
    const turn = { code: 'cAAA', name: null, group: 'x', source: 'device' as const };
    expect(addResults([turn])).toEqual({ added: 1, duplicates: 0 });
    expect(addResults([turn])).toEqual({ added: 1, duplicates: 0 });
    const ids = store.getState().results.map((r) => r.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('tells named students with the same code apart, and skips the same name again', async () => {
    const store = await loadStore();
    const { addResults } = store.getState().actions;
    const row = (name: string) => ({ code: 'cAAA', name, group: null, source: 'csv' as const });
    expect(addResults([row('Ana'), row('Ben')])).toEqual({ added: 2, duplicates: 0 });
    expect(addResults([row('ANA ')])).toEqual({ added: 0, duplicates: 1 });
  });

  it('removes one result by its id, not every result with its code', async () => {
    const store = await loadStore();
    const { addResults, removeResult } = store.getState().actions;
    addResults([
      { code: 'cAAA', name: 'Ana', group: null, source: 'csv' },
      { code: 'cAAA', name: 'Ben', group: null, source: 'csv' },
      { code: 'cBBB', name: null, group: null, source: 'paste' },
    ]);
    removeResult(store.getState().results[0]!.id);
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
    store.getState().actions.startSession(SETTINGS, vault);
    expect(store.getState().settings?.vaultId).toBe('v1');
    store.getState().actions.addSealed({ vault: 'v1', epk: { kty: 'EC' }, iv: 'a', ct: 'b' });
    store.getState().actions.endSession();
    expect(store.getState().vaults).toEqual([vault]);
    const [sealed] = store.getState().sealed;
    store.getState().actions.removeResult(sealed!.id);
    expect(store.getState()).toMatchObject({ vaults: [], sealed: [] });
    // A vault with nothing sealed and no session is not kept.
    store.getState().actions.startSession(SETTINGS, vault);
    store.getState().actions.endSession();
    expect(store.getState().vaults).toEqual([]);
  });

  it('saves and restores settings and results', async () => {
    let store = await loadStore();
    store.getState().actions.startSession(SETTINGS);
    store
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
