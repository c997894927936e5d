import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { addCollected, collect, isCollected } from '../domain/collected';
import { createSafeStorage } from '../lib/safe-storage';

/** How a counselor session runs on this device. */
export interface CounselorSettings {
  group: string;
  sharedDevice: boolean;
  askName: boolean;
  inactivityMinutes: number;
  pinHash: string | null;
  keepResults: boolean;
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

export interface CounselorActions {
  startSession(settings: CounselorSettings): void;
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
  /** Set when saved counselor data could not be read; a copy was kept under `:unreadable`. */
  restoreProblem: 'unreadable' | null;
  actions: CounselorActions;
}

export interface PersistedCounselor {
  settings: CounselorSettings | null;
  results: StoredResult[];
}

export const COUNSELOR_STORAGE_KEY = 'careerfit:counselor';
/** The shape version written by this build. Bump it with every change to PersistedCounselor. */
export const COUNSELOR_STATE_VERSION = 2;

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
  const { group, sharedDevice, askName, inactivityMinutes, pinHash, keepResults } = value;
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
  return { group, sharedDevice, askName, inactivityMinutes, pinHash, keepResults };
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

/** Keeps every well-formed part of saved counselor data; repeated entries and broken ones are dropped. */
export function repairPersistedCounselor(value: unknown): PersistedCounselor {
  if (!isRecord(value)) return { settings: null, results: [] };
  const seen = new Set<string>();
  const results: StoredResult[] = [];
  for (const item of Array.isArray(value.results) ? value.results : []) {
    const result = readResult(item);
    if (result && !seen.has(result.id)) {
      seen.add(result.id);
      results.push(result);
    }
  }
  return { settings: readSettings(value.settings), results };
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
      restoreProblem: null,
      actions: {
        startSession: (settings) => set({ settings }),
        endSession: () => set({ settings: null }),
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
        removeResult: (id) => set({ results: get().results.filter((r) => r.id !== id) }),
        replacePinHash: (pinHash) => {
          const { settings } = get();
          if (settings?.pinHash) set({ settings: { ...settings, pinHash } });
        },
        clearAll: () => set({ settings: null, results: [] }),
      },
    }),
    {
      name: COUNSELOR_STORAGE_KEY,
      version: COUNSELOR_STATE_VERSION,
      storage,
      partialize: (state) => ({ settings: state.settings, results: state.results }),
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
