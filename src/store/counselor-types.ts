import type { SealedBox, StoredVault } from '../lib/sealed-box';

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

/** Counselor data as the single localStorage value of versions 1-3 held it. */
export interface PersistedCounselor {
  settings: CounselorSettings | null;
  results: StoredResult[];
  vaults: StoredVault[];
  sealed: SealedResult[];
}
