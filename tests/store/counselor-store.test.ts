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

  it('removes one result', async () => {
    const store = await loadStore();
    const { addResults, removeResult } = store.getState().actions;
    addResults([
      { code: 'cAAA', name: null, group: null, source: 'paste' },
      { code: 'cBBB', name: null, group: null, source: 'paste' },
    ]);
    removeResult('cAAA');
    expect(store.getState().results.map((r) => r.code)).toEqual(['cBBB']);
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
      results: [{ code: 'cAAA', source: 'weird' }, { nope: true }, { code: 'cAAA' }, 'x'],
    };
    localStorage.setItem('careerfit:counselor', JSON.stringify({ state, version: 1 }));
    const store = await loadStore();
    expect(store.getState().settings).toBeNull();
    expect(store.getState().results).toEqual([
      { code: 'cAAA', name: null, group: null, source: 'paste', addedAt: 0 },
    ]);
  });
});
