import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { addCollected, collect, isCollected } from '../domain/collected';
import { createSafeStorage } from '../lib/safe-storage';
import type { SealedBox, StoredVault } from '../lib/sealed-box';
import {
  openRecordStore,
  type CounselorRecords,
  type RecordChange,
  type RecordStore,
} from './counselor-db';
import {
  COUNSELOR_STORAGE_KEY,
  newResultId,
  normalizeCode,
  parseLegacyCounselor,
  readResult,
  readSealed,
  readSettings,
  uniqueById,
} from './counselor-legacy';
import type { CounselorSettings, SealedResult, StoredResult } from './counselor-types';
import { isStoredVault } from '../lib/sealed-box';

export type {
  CounselorSettings,
  PersistedCounselor,
  SealedContent,
  SealedResult,
  StoredResult,
} from './counselor-types';
export {
  COUNSELOR_MIGRATIONS,
  COUNSELOR_STATE_VERSION,
  COUNSELOR_STORAGE_KEY,
  migrateCounselorState,
  newResultId,
  normalizeCode,
  repairPersistedCounselor,
} from './counselor-legacy';

export interface AddOutcome {
  added: number;
  duplicates: number;
  /** False when the browser refused the write: nothing was added. */
  saved: boolean;
}

export interface CounselorActions {
  /**
   * Starts a session; `vault` (shared devices) seals the results kept during it. Resolves false,
   * starting nothing, when the device would not store the vault or the settings.
   */
  startSession(settings: Omit<CounselorSettings, 'vaultId'>, vault?: StoredVault): Promise<boolean>;
  /** Gives a running session that predates sealing its vault. */
  attachVault(vault: StoredVault): Promise<boolean>;
  addSealed(box: SealedBox): Promise<boolean>;
  /** Ends the session; collected results stay. */
  endSession(): void;
  /**
   * Adds results, skipping the same student collected again (same code, and not two different
   * names). A shared device's results are always added: each is a different student's turn.
   */
  addResults(items: readonly Omit<StoredResult, 'addedAt' | 'id'>[]): Promise<AddOutcome>;
  removeResult(id: string): Promise<boolean>;
  /** Stores a stronger hash of the same PIN (an outdated one is upgraded once the PIN is given). */
  replacePinHash(pinHash: string): void;
  /** Removes the results this tab knows of, and the settings. */
  clearAll(): Promise<boolean>;
}

export interface CounselorState extends CounselorRecords {
  /** Null when no session is running on this device. */
  settings: CounselorSettings | null;
  /** 'loading' until the results were read from IndexedDB. */
  records: 'loading' | 'ready';
  /** False when the browser gave no IndexedDB: results last only until this tab closes. */
  durable: boolean;
  /** Set when the browser refused the last write of results; cleared by the next one kept. */
  writeFailed: boolean;
  /** Set when saved counselor data could not be read; a copy was kept under `:unreadable`. */
  restoreProblem: 'unreadable' | null;
  actions: CounselorActions;
}

/** Settings stay in localStorage: the PIN gate must decide before anything renders. */
export const COUNSELOR_SETTINGS_KEY = 'careerfit:counselor-settings';
export const COUNSELOR_SETTINGS_VERSION = 1;
export const COUNSELOR_CHANNEL = 'careerfit:counselor';

export const counselorStorage = createSafeStorage();

const UNREADABLE = Symbol('unreadable');
type PersistedSettings = { settings: CounselorSettings | null };
let settingsKept = true;

function isStorageValue(value: unknown): value is StorageValue<PersistedSettings> {
  return typeof value === 'object' && value !== null && 'state' in value && 'version' in value;
}

/** Keeps an unreadable value aside and reports whether the copy was really written. */
function setAside(name: string, raw: string) {
  return counselorStorage.setItem(`${name}:unreadable`, raw);
}

const settingsStorage: PersistStorage<PersistedSettings> = {
  getItem(name) {
    const raw = counselorStorage.getItem(name);
    if (raw === null) {
      // Before IndexedDB the settings lived in the old single value; version 0 makes zustand
      // write them under the new key at once.
      const legacy = parseLegacyCounselor(counselorStorage.getItem(COUNSELOR_STORAGE_KEY));
      if (legacy === null) return null;
      if (legacy === 'unreadable') return { state: UNREADABLE as never, version: 0 };
      return { state: { settings: legacy.settings }, version: 0 };
    }
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isStorageValue(parsed) && (parsed.version ?? 0) <= COUNSELOR_SETTINGS_VERSION)
        return {
          state: { settings: readSettings(parsed.state.settings) },
          version: parsed.version ?? 0,
        };
    } catch {
      // Falls through: not JSON.
    }
    setAside(name, raw);
    return { state: UNREADABLE as never, version: COUNSELOR_SETTINGS_VERSION };
  },
  setItem(name, value) {
    settingsKept = counselorStorage.setItem(name, JSON.stringify(value));
  },
  removeItem: (name) => counselorStorage.removeItem(name),
};

const byAdded = (a: { addedAt: number; id: string }, b: { addedAt: number; id: string }) =>
  a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function upsert<T extends { id: string }>(
  list: T[],
  put: T[] = [],
  remove: string[] = [],
  order?: (a: T, b: T) => number,
): T[] {
  if (put.length === 0 && remove.length === 0) return list;
  const gone = new Set([...remove, ...put.map((p) => p.id)]);
  const kept = list.filter((item) => !gone.has(item.id));
  const removed = new Set(remove);
  const next = [...kept, ...put.filter((p) => !removed.has(p.id))];
  return order ? next.sort(order) : next;
}

/** This tab's copy after a committed change. */
function applyChange(state: CounselorRecords, change: RecordChange): CounselorRecords {
  return {
    results: upsert(state.results, change.put?.results, change.remove?.results, byAdded),
    sealed: upsert(state.sealed, change.put?.sealed, change.remove?.sealed, byAdded),
    vaults: upsert(state.vaults, change.put?.vaults, change.remove?.vaults),
  };
}

/** A change another tab posted, kept only where it is well formed. */
function readChange(value: unknown): RecordChange | null {
  if (typeof value !== 'object' || value === null) return null;
  const { put, remove } = value as {
    put?: Record<string, unknown>;
    remove?: Record<string, unknown>;
  };
  const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
  return {
    put: {
      results: uniqueById(put?.results, readResult),
      sealed: uniqueById(put?.sealed, readSealed),
      vaults: uniqueById(put?.vaults, (v) => (isStoredVault(v) ? v : null)),
    },
    remove: {
      results: ids(remove?.results),
      sealed: ids(remove?.sealed),
      vaults: ids(remove?.vaults),
    },
  };
}

let loading: Promise<RecordStore> | null = null;
let queue: Promise<unknown> = Promise.resolve();
const channel =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(COUNSELOR_CHANNEL);

/** One change at a time in this tab, so a later one never works from a stale copy. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Commits one change to IndexedDB, then to this tab and the others; false when refused. */
async function commit(change: RecordChange): Promise<boolean> {
  const store = await loadCounselorRecords();
  try {
    const dropped = await store.apply(change);
    const applied: RecordChange = {
      put: change.put,
      remove: { ...change.remove, vaults: [...(change.remove?.vaults ?? []), ...dropped] },
    };
    useCounselorStore.setState((s) => ({ ...applyChange(s, applied), writeFailed: false }));
    channel?.postMessage(applied);
    return true;
  } catch {
    useCounselorStore.setState({ writeFailed: true });
    return false;
  }
}

/**
 * Moves the old single localStorage value's results into IndexedDB. The old value is removed
 * only once the move was committed and the settings are safe under their new key.
 */
async function moveLegacyRecords(store: RecordStore): Promise<void> {
  const raw = counselorStorage.getItem(COUNSELOR_STORAGE_KEY);
  const legacy = parseLegacyCounselor(raw);
  if (legacy === null || raw === null) return;
  if (legacy === 'unreadable') {
    if (setAside(COUNSELOR_STORAGE_KEY, raw)) counselorStorage.removeItem(COUNSELOR_STORAGE_KEY);
    useCounselorStore.setState({ restoreProblem: 'unreadable' });
    return;
  }
  const { results, sealed, vaults } = legacy;
  await store.apply({ put: { results, sealed, vaults } });
  if (store.durable && counselorStorage.getItem(COUNSELOR_SETTINGS_KEY) !== null)
    counselorStorage.removeItem(COUNSELOR_STORAGE_KEY);
}

/** Reads the results once per tab (moving old data first); later calls share that read. */
export function loadCounselorRecords(): Promise<RecordStore> {
  loading ??= (async () => {
    const store = await openRecordStore();
    try {
      await moveLegacyRecords(store);
    } catch {
      // The old value stays where it was; the next load tries again.
    }
    const records = await store.readAll().catch(() => ({ results: [], sealed: [], vaults: [] }));
    useCounselorStore.setState({
      results: records.results.sort(byAdded),
      sealed: records.sealed.sort(byAdded),
      vaults: records.vaults,
      records: 'ready',
      durable: store.durable,
    });
    return store;
  })();
  return loading;
}

channel?.addEventListener('message', (event: MessageEvent) => {
  const change = readChange(event.data);
  if (!change || !loading) return;
  void loading.then(() => useCounselorStore.setState((s) => applyChange(s, change)));
});

export const useCounselorStore = create<CounselorState>()(
  persist(
    (set, get) => ({
      settings: null,
      results: [],
      vaults: [],
      sealed: [],
      records: 'loading',
      durable: true,
      writeFailed: false,
      restoreProblem: null,
      actions: {
        startSession: (settings, vault) =>
          serial(async () => {
            if (vault && !(await commit({ put: { vaults: [vault] } }))) return false;
            set({ settings: { ...settings, vaultId: vault?.id ?? null } });
            if (settingsKept) return true;
            set({ settings: null });
            return false;
          }),
        attachVault: (vault) =>
          serial(async () => {
            const { settings } = get();
            if (!settings?.sharedDevice || settings.vaultId) return false;
            if (!(await commit({ put: { vaults: [vault] } }))) return false;
            set({ settings: { ...settings, vaultId: vault.id } });
            return settingsKept;
          }),
        addSealed: (box) =>
          serial(() =>
            commit({ put: { sealed: [{ id: newResultId(), addedAt: Date.now(), box }] } }),
          ),
        endSession: () => {
          set({ settings: null });
          void serial(() =>
            commit({
              dropUnusedVaults: { candidates: get().vaults.map((v) => v.id), keep: null },
            }),
          );
        },
        addResults: (items) =>
          serial(async () => {
            await loadCounselorRecords();
            const known = collect(get().results);
            const fresh: StoredResult[] = [];
            let duplicates = 0;
            const now = Date.now();
            for (const item of items) {
              const code = normalizeCode(item.code);
              if (!code) continue;
              if (item.source !== 'device' && isCollected(known, code, item.name)) {
                duplicates++;
                continue;
              }
              addCollected(known, code, item.name);
              fresh.push({ ...item, id: newResultId(now), code, addedAt: now });
            }
            if (fresh.length === 0) return { added: 0, duplicates, saved: true };
            const saved = await commit({ put: { results: fresh } });
            return { added: saved ? fresh.length : 0, duplicates, saved };
          }),
        removeResult: (id) =>
          serial(() => {
            const box = get().sealed.find((s: SealedResult) => s.id === id)?.box;
            return commit({
              remove: { results: [id], sealed: [id] },
              dropUnusedVaults: box
                ? { candidates: [box.vault], keep: get().settings?.vaultId ?? null }
                : undefined,
            });
          }),
        replacePinHash: (pinHash) => {
          const { settings } = get();
          if (settings?.pinHash) set({ settings: { ...settings, pinHash } });
        },
        clearAll: () =>
          serial(async () => {
            await loadCounselorRecords();
            const { results, sealed, vaults } = get();
            const removed = await commit({
              remove: {
                results: results.map((r) => r.id),
                sealed: sealed.map((s) => s.id),
                vaults: vaults.map((v) => v.id),
              },
            });
            if (removed) set({ settings: null });
            return removed;
          }),
      },
    }),
    {
      name: COUNSELOR_SETTINGS_KEY,
      version: COUNSELOR_SETTINGS_VERSION,
      storage: settingsStorage,
      partialize: (state) => ({ settings: state.settings }),
      migrate: (persisted) => persisted as PersistedSettings,
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current;
        if ((persisted as unknown) === UNREADABLE)
          return { ...current, restoreProblem: 'unreadable' };
        return { ...current, settings: (persisted as PersistedSettings).settings };
      },
    },
  ),
);

// A device with a session or old data reads its results at once (the old value moves then).
if (
  useCounselorStore.getState().settings !== null ||
  counselorStorage.getItem(COUNSELOR_STORAGE_KEY) !== null
)
  void loadCounselorRecords();
