import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredVault } from '../lib/sealed-box';
import type { SealedResult, StoredResult } from './counselor-types';

/**
 * Counselor results in IndexedDB, one record per result, so that two tabs adding or removing
 * results never overwrite each other (the old single localStorage value did). Every change is
 * one transaction: it is kept whole or not at all.
 */
interface CounselorDb extends DBSchema {
  results: { key: string; value: StoredResult };
  sealed: { key: string; value: SealedResult; indexes: { byVault: string } };
  vaults: { key: string; value: StoredVault };
}

export const COUNSELOR_DB_NAME = 'careerfit-counselor';
/** Bump with every change to the stores above, with an upgrade step and a test. */
export const COUNSELOR_DB_VERSION = 1;

export interface CounselorRecords {
  results: StoredResult[];
  sealed: SealedResult[];
  vaults: StoredVault[];
}

export interface RecordChange {
  put?: Partial<CounselorRecords>;
  remove?: { results?: string[]; sealed?: string[]; vaults?: string[] };
  /** Vaults to drop in the same transaction if no sealed result needs them and `keep` is not one. */
  dropUnusedVaults?: { candidates: string[]; keep: string | null };
}

export interface RecordStore {
  /** False when the browser gave no IndexedDB: records last until the tab closes. */
  readonly durable: boolean;
  readAll(): Promise<CounselorRecords>;
  /** Resolves with the vault ids it dropped; rejects (changing nothing) when the write failed. */
  apply(change: RecordChange): Promise<string[]>;
}

const STORES = ['results', 'sealed', 'vaults'] as const;

/** `onGone` runs when this connection closes, so that the next write opens a fresh one. */
function openCounselorDb(onGone: () => void): Promise<IDBPDatabase<CounselorDb>> {
  let opened: IDBPDatabase<CounselorDb> | null = null;
  return openDB<CounselorDb>(COUNSELOR_DB_NAME, COUNSELOR_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('results', { keyPath: 'id' });
        db.createObjectStore('sealed', { keyPath: 'id' }).createIndex('byVault', 'box.vault');
        db.createObjectStore('vaults', { keyPath: 'id' });
      }
    },
    // A newer build in another tab wants to upgrade (or the data is being deleted): step aside.
    blocking() {
      opened?.close();
      onGone();
    },
    terminated: onGone,
  }).then((db) => (opened = db));
}

export function indexedDbStore(): RecordStore {
  let db: Promise<IDBPDatabase<CounselorDb>> | null = null;
  const connection = () => {
    db ??= openCounselorDb(() => (db = null)).catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  return {
    durable: true,
    async readAll() {
      const tx = (await connection()).transaction(STORES, 'readonly');
      const [results, sealed, vaults] = await Promise.all([
        tx.objectStore('results').getAll(),
        tx.objectStore('sealed').getAll(),
        tx.objectStore('vaults').getAll(),
      ]);
      await tx.done;
      return { results, sealed, vaults };
    },
    async apply(change) {
      const tx = (await connection()).transaction(STORES, 'readwrite');
      const dropped: string[] = [];
      const work = async () => {
        const results = tx.objectStore('results');
        const sealed = tx.objectStore('sealed');
        const vaults = tx.objectStore('vaults');
        for (const v of change.put?.vaults ?? []) void vaults.put(v);
        for (const r of change.put?.results ?? []) void results.put(r);
        for (const s of change.put?.sealed ?? []) void sealed.put(s);
        for (const id of change.remove?.results ?? []) void results.delete(id);
        for (const id of change.remove?.sealed ?? []) void sealed.delete(id);
        for (const id of change.remove?.vaults ?? []) void vaults.delete(id);
        const { candidates = [], keep = null } = change.dropUnusedVaults ?? {};
        for (const id of candidates) {
          if (id === keep) continue;
          if ((await sealed.index('byVault').count(id)) > 0) continue;
          void vaults.delete(id);
          dropped.push(id);
        }
      };
      const done = work().catch((error: unknown) => {
        tx.abort();
        throw error;
      });
      await Promise.all([done, tx.done]);
      return dropped;
    },
  };
}

/** For browsers with no IndexedDB (some private modes): this tab's memory only. */
export function memoryStore(): RecordStore {
  const maps = { results: new Map(), sealed: new Map(), vaults: new Map() } as {
    results: Map<string, StoredResult>;
    sealed: Map<string, SealedResult>;
    vaults: Map<string, StoredVault>;
  };
  return {
    durable: false,
    readAll: () =>
      Promise.resolve({
        results: [...maps.results.values()],
        sealed: [...maps.sealed.values()],
        vaults: [...maps.vaults.values()],
      }),
    apply(change) {
      for (const v of change.put?.vaults ?? []) maps.vaults.set(v.id, v);
      for (const r of change.put?.results ?? []) maps.results.set(r.id, r);
      for (const s of change.put?.sealed ?? []) maps.sealed.set(s.id, s);
      for (const id of change.remove?.results ?? []) maps.results.delete(id);
      for (const id of change.remove?.sealed ?? []) maps.sealed.delete(id);
      for (const id of change.remove?.vaults ?? []) maps.vaults.delete(id);
      const { candidates = [], keep = null } = change.dropUnusedVaults ?? {};
      const used = new Set([...maps.sealed.values()].map((s) => s.box.vault));
      const dropped = candidates.filter((id) => id !== keep && !used.has(id));
      for (const id of dropped) maps.vaults.delete(id);
      return Promise.resolve(dropped);
    },
  };
}

/** IndexedDB when the browser opens it, else memory. */
export async function openRecordStore(): Promise<RecordStore> {
  if (typeof indexedDB === 'undefined') return memoryStore();
  const store = indexedDbStore();
  try {
    await store.readAll();
    return store;
  } catch {
    return memoryStore();
  }
}
