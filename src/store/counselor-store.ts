import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
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
  addResults(items: readonly Omit<StoredResult, 'addedAt'>[]): {
    added: number;
    duplicates: number;
  };
  removeResult(code: string): void;
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
export const COUNSELOR_STATE_VERSION = 1;

export type CounselorMigration = (state: unknown) => unknown;

/** COUNSELOR_MIGRATIONS[n] turns a version-n state into version n+1. None yet. */
export const COUNSELOR_MIGRATIONS: Readonly<Record<number, CounselorMigration>> = {};

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
  const { code, name, group, source, addedAt } = value;
  if (typeof code !== 'string' || !code.trim()) return null;
  return {
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

/** Keeps every well-formed part of saved counselor data; duplicates and broken entries are dropped. */
export function repairPersistedCounselor(value: unknown): PersistedCounselor {
  if (!isRecord(value)) return { settings: null, results: [] };
  const seen = new Set<string>();
  const results: StoredResult[] = [];
  for (const item of Array.isArray(value.results) ? value.results : []) {
    const result = readResult(item);
    if (result && !seen.has(result.code)) {
      seen.add(result.code);
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
          const known = new Set(get().results.map((r) => r.code));
          const fresh: StoredResult[] = [];
          let duplicates = 0;
          const now = Date.now();
          for (const item of items) {
            const code = normalizeCode(item.code);
            if (!code) continue;
            if (known.has(code)) {
              duplicates++;
              continue;
            }
            known.add(code);
            fresh.push({ ...item, code, addedAt: now });
          }
          if (fresh.length > 0) set({ results: [...get().results, ...fresh] });
          return { added: fresh.length, duplicates };
        },
        removeResult: (code) => {
          const target = normalizeCode(code);
          set({ results: get().results.filter((r) => r.code !== target) });
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
