import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { addCollected, collect, isCollected } from '../domain/collected';
import { createSafeStorage } from '../lib/safe-storage';
import { isSealedBox, isStoredVault, type SealedBox, type StoredVault } from '../lib/sealed-box';

/** How a counselor session runs on this device. */
export interface CounselorSettings {
  group: string;
  sharedDevice: boolean;
  askName: boolean;
  inactivityMinutes: number;
  pinHash: string | null;
  keepResults: boolean;
  /** The vault that seals this shared device's results (null: none yet, results kept in clear). */
  vaultId: string | null;
}

/** One student's result code as the counselor collected it. */
export interface StoredResult {
  /** This entry: two students who answered alike share a code, never an id. */
  id: string;
  code: string;
  name: string | null;
  group: string | null;
  source: 'device' | 'paste' | 'csv';
  addedAt: number;
}

/** A shared-device student's result, readable only with the session's PIN (lib/sealed-box). */
export interface SealedResult {
  id: string;
  addedAt: number;
  box: SealedBox;
}

/** What a sealed box holds: the parts of a StoredResult a classmate must not read. */
export interface SealedContent {
  code: string;
  name: string | null;
  group: string | null;
}

export interface CounselorActions {
  /** Starts a session; `vault` (shared devices) seals the results kept during it. */
  startSession(settings: Omit<CounselorSettings, 'vaultId'>, vault?: StoredVault): void;
  /** Gives a running session that predates sealing its vault. */
  attachVault(vault: StoredVault): void;
  addSealed(box: SealedBox): void;
  /** Ends the session; collected results stay. */
  endSession(): void;
  /**
   * Adds results, skipping the same student collected again (same code, and not two different
   * names). A shared device's results are always added: each is a different student's turn.
   */
  addResults(items: readonly Omit<StoredResult, 'addedAt' | 'id'>[]): {
    added: number;
    duplicates: number;
  };
  removeResult(id: string): void;
  /** Stores a stronger hash of the same PIN (an outdated one is upgraded once the PIN is given). */
  replacePinHash(pinHash: string): void;
  /** Removes results and settings. */
  clearAll(): void;
}

export interface CounselorState {
  /** Null when no session is running on this device. */
  settings: CounselorSettings | null;
  results: StoredResult[];
  vaults: StoredVault[];
  sealed: SealedResult[];
  /** Set when saved counselor data could not be read; a copy was kept under `:unreadable`. */
  restoreProblem: 'unreadable' | null;
  actions: CounselorActions;
}

export interface PersistedCounselor {
  settings: CounselorSettings | null;
  results: StoredResult[];
  vaults: StoredVault[];
  sealed: SealedResult[];
}

export const COUNSELOR_STORAGE_KEY = 'careerfit:counselor';
/** The shape version written by this build. Bump it with every change to PersistedCounselor. */
export const COUNSELOR_STATE_VERSION = 3;

export type CounselorMigration = (state: unknown) => unknown;

/** COUNSELOR_MIGRATIONS[n] turns a version-n state into version n+1. */
export const COUNSELOR_MIGRATIONS: Readonly<Record<number, CounselorMigration>> = {
  // v2 gives each result an id (v1 told results apart by code alone).
  1: (state) => {
    if (!isRecord(state) || !Array.isArray(state.results)) return state;
    return {
      ...state,
      results: state.results.map((r: unknown, i) => (isRecord(r) ? { ...r, id: `v1-${i}` } : r)),
    };
  },
  // v3 adds sealed results and the vaults that open them (none before).
  2: (state) => {
    if (!isRecord(state)) return state;
    const settings = isRecord(state.settings) ? { ...state.settings, vaultId: null } : null;
    return { ...state, settings, vaults: [], sealed: [] };
  },
};

let idCounter = 0;
/** Unique on this device: the time, a counter and a little randomness. */
export const newResultId = (now = Date.now()) =>
  `${now.toString(36)}-${(idCounter++).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

const UNREADABLE = Symbol('unreadable');

/** Codes compare after trimming; the alphabet is case-sensitive, so nothing else changes. */
export const normalizeCode = (code: string) => code.trim();

export const counselorStorage = createSafeStorage();

function isStorageValue(value: unknown): value is StorageValue<PersistedCounselor> {
  return typeof value === 'object' && value !== null && 'state' in value && 'version' in value;
}

const storage: PersistStorage<PersistedCounselor> = {
  getItem(name) {
    const raw = counselorStorage.getItem(name);
    if (raw === null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isStorageValue(parsed) && typeof parsed.version === 'number') {
        if (parsed.version <= COUNSELOR_STATE_VERSION) return parsed;
      }
    } catch {
      // Falls through: not JSON.
    }
    counselorStorage.setItem(`${name}:unreadable`, raw);
    return { state: UNREADABLE as unknown as PersistedCounselor, version: COUNSELOR_STATE_VERSION };
  },
  setItem: (name, value) => counselorStorage.setItem(name, JSON.stringify(value)),
  removeItem: (name) => counselorStorage.removeItem(name),
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const SOURCES = new Set(['device', 'paste', 'csv']);

function readSettings(value: unknown): CounselorSettings | null {
  if (!isRecord(value)) return null;
  const { group, sharedDevice, askName, inactivityMinutes, pinHash, keepResults, vaultId } = value;
  if (
    typeof group !== 'string' ||
    typeof sharedDevice !== 'boolean' ||
    typeof askName !== 'boolean' ||
    typeof inactivityMinutes !== 'number' ||
    !(pinHash === null || typeof pinHash === 'string') ||
    typeof keepResults !== 'boolean'
  ) {
    return null;
  }
  const vault = typeof vaultId === 'string' && vaultId ? vaultId : null;
  return { group, sharedDevice, askName, inactivityMinutes, pinHash, keepResults, vaultId: vault };
}

function readResult(value: unknown): StoredResult | null {
  if (!isRecord(value)) return null;
  const { id, code, name, group, source, addedAt } = value;
  if (typeof code !== 'string' || !code.trim()) return null;
  return {
    id: typeof id === 'string' && id ? id : newResultId(),
    code: normalizeCode(code),
    name: typeof name === 'string' ? name : null,
    group: typeof group === 'string' ? group : null,
    source:
      typeof source === 'string' && SOURCES.has(source)
        ? (source as StoredResult['source'])
        : 'paste',
    addedAt: typeof addedAt === 'number' ? addedAt : 0,
  };
}

function readSealed(value: unknown): SealedResult | null {
  if (!isRecord(value) || !isSealedBox(value.box)) return null;
  if (typeof value.id !== 'string' || !value.id) return null;
  return {
    id: value.id,
    addedAt: typeof value.addedAt === 'number' ? value.addedAt : 0,
    box: value.box,
  };
}

function uniqueById<T extends { id: string }>(items: unknown, read: (v: unknown) => T | null): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of Array.isArray(items) ? items : []) {
    const value = read(item);
    if (value && !seen.has(value.id)) {
      seen.add(value.id);
      out.push(value);
    }
  }
  return out;
}

/** Keeps every well-formed part of saved counselor data; repeated entries and broken ones are dropped. */
export function repairPersistedCounselor(value: unknown): PersistedCounselor {
  if (!isRecord(value)) return { settings: null, results: [], vaults: [], sealed: [] };
  const seen = new Set<string>();
  const results: StoredResult[] = [];
  for (const item of Array.isArray(value.results) ? value.results : []) {
    const result = readResult(item);
    if (result && !seen.has(result.id)) {
      seen.add(result.id);
      results.push(result);
    }
  }
  return {
    settings: readSettings(value.settings),
    results,
    vaults: uniqueById(value.vaults, (v) => (isStoredVault(v) ? v : null)),
    sealed: uniqueById(value.sealed, readSealed),
  };
}

/** Vaults still needed: the running session's and any that still seal a result. */
function neededVaults(
  vaults: readonly StoredVault[],
  sealed: readonly SealedResult[],
  settings: CounselorSettings | null,
): StoredVault[] {
  const used = new Set(sealed.map((s) => s.box.vault));
  if (settings?.vaultId) used.add(settings.vaultId);
  return vaults.filter((v) => used.has(v.id));
}

/** Runs every step from `version` up to the current one. */
export function migrateCounselorState(
  state: unknown,
  version: number,
  migrations: Readonly<Record<number, CounselorMigration>> = COUNSELOR_MIGRATIONS,
  target: number = COUNSELOR_STATE_VERSION,
): unknown {
  let current = state;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    current = step ? step(current) : current;
  }
  return current;
}

export const useCounselorStore = create<CounselorState>()(
  persist(
    (set, get) => ({
      settings: null,
      results: [],
      vaults: [],
      sealed: [],
      restoreProblem: null,
      actions: {
        startSession: (settings, vault) => {
          const vaults = vault ? [...get().vaults, vault] : get().vaults;
          const next = { ...settings, vaultId: vault?.id ?? null };
          set({ settings: next, vaults: neededVaults(vaults, get().sealed, next) });
        },
        attachVault: (vault) => {
          const { settings, vaults } = get();
          if (!settings?.sharedDevice || settings.vaultId) return;
          set({ settings: { ...settings, vaultId: vault.id }, vaults: [...vaults, vault] });
        },
        addSealed: (box) =>
          set({ sealed: [...get().sealed, { id: newResultId(), addedAt: Date.now(), box }] }),
        endSession: () =>
          set({ settings: null, vaults: neededVaults(get().vaults, get().sealed, null) }),
        addResults: (items) => {
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
          if (fresh.length > 0) set({ results: [...get().results, ...fresh] });
          return { added: fresh.length, duplicates };
        },
        removeResult: (id) => {
          const { results, sealed, vaults, settings } = get();
          const left = sealed.filter((r) => r.id !== id);
          set({
            results: results.filter((r) => r.id !== id),
            sealed: left,
            vaults: neededVaults(vaults, left, settings),
          });
        },
        replacePinHash: (pinHash) => {
          const { settings } = get();
          if (settings?.pinHash) set({ settings: { ...settings, pinHash } });
        },
        clearAll: () => set({ settings: null, results: [], vaults: [], sealed: [] }),
      },
    }),
    {
      name: COUNSELOR_STORAGE_KEY,
      version: COUNSELOR_STATE_VERSION,
      storage,
      partialize: (state) => ({
        settings: state.settings,
        results: state.results,
        vaults: state.vaults,
        sealed: state.sealed,
      }),
      migrate: (persisted, version) =>
        migrateCounselorState(persisted, version) as PersistedCounselor,
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current;
        if ((persisted as unknown) === UNREADABLE)
          return { ...current, restoreProblem: 'unreadable' };
        return { ...current, ...repairPersistedCounselor(persisted) };
      },
    },
  ),
);
