import { isSealedBox, isStoredVault } from '../lib/sealed-box';
import type {
  CounselorSettings,
  PersistedCounselor,
  SealedResult,
  StoredResult,
} from './counselor-types';

/**
 * Versions 1-3 kept all counselor data in one localStorage value. It is read once, moved into
 * IndexedDB (counselor-store), and removed only after that move was committed.
 */
export const COUNSELOR_STORAGE_KEY = 'careerfit:counselor';
/** The last version of that single value. */
export const COUNSELOR_STATE_VERSION = 3;

export type CounselorMigration = (state: unknown) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

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

let idCounter = 0;
/**
 * Unique on this device: the time, a counter and a little randomness. The counter is padded so
 * that ids made in the same millisecond sort in the order they were made.
 */
export const newResultId = (now = Date.now()) =>
  `${now.toString(36)}-${(idCounter++).toString(36).padStart(5, '0')}-${Math.random().toString(36).slice(2, 6)}`;

/** Codes compare after trimming; the alphabet is case-sensitive, so nothing else changes. */
export const normalizeCode = (code: string) => code.trim();

const SOURCES = new Set(['device', 'paste', 'csv']);

export function readSettings(value: unknown): CounselorSettings | null {
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

export function readResult(value: unknown): StoredResult | null {
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

export function readSealed(value: unknown): SealedResult | null {
  if (!isRecord(value) || !isSealedBox(value.box)) return null;
  if (typeof value.id !== 'string' || !value.id) return null;
  return {
    id: value.id,
    addedAt: typeof value.addedAt === 'number' ? value.addedAt : 0,
    box: value.box,
  };
}

export function uniqueById<T extends { id: string }>(
  items: unknown,
  read: (v: unknown) => T | null,
): T[] {
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
  return {
    settings: readSettings(value.settings),
    results: uniqueById(value.results, readResult),
    vaults: uniqueById(value.vaults, (v) => (isStoredVault(v) ? v : null)),
    sealed: uniqueById(value.sealed, readSealed),
  };
}

/** The old single value, migrated and repaired; 'unreadable' when it is not what any build wrote. */
export function parseLegacyCounselor(raw: string | null): PersistedCounselor | 'unreadable' | null {
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isRecord(parsed) && typeof parsed.version === 'number' && 'state' in parsed) {
      if (parsed.version <= COUNSELOR_STATE_VERSION)
        return repairPersistedCounselor(migrateCounselorState(parsed.state, parsed.version));
    }
  } catch {
    // Falls through: not JSON.
  }
  return 'unreadable';
}
