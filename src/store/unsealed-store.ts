import { create } from 'zustand';
import { openVault, seal, unseal } from '../lib/sealed-box';
import {
  loadCounselorRecords,
  useCounselorStore,
  type SealedContent,
  type SealedResult,
  type StoredResult,
} from './counselor-store';

/**
 * Sealed results opened with a counselor's PIN: memory only, never persisted, forgotten when
 * counselor pages lock again. The vault keys here cannot be exported.
 */
interface Unsealed {
  keys: Readonly<Record<string, CryptoKey>>;
  opened: Readonly<Record<string, StoredResult>>;
}

export const useUnsealedStore = create<Unsealed>()(() => ({ keys: {}, opened: {} }));

function readContent(text: string | null): SealedContent | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { code, name, group } = value as Record<string, unknown>;
    if (typeof code !== 'string' || !code) return null;
    return {
      code,
      name: typeof name === 'string' ? name : null,
      group: typeof group === 'string' ? group : null,
    };
  } catch {
    return null;
  }
}

async function openAll(
  sealed: readonly SealedResult[],
  keys: Readonly<Record<string, CryptoKey>>,
  known: Readonly<Record<string, StoredResult>>,
) {
  const opened: Record<string, StoredResult> = {};
  for (const entry of sealed) {
    const ready = known[entry.id];
    if (ready) {
      opened[entry.id] = ready;
      continue;
    }
    const key = keys[entry.box.vault];
    if (!key) continue;
    const content = readContent(await unseal(key, entry.box));
    if (content)
      opened[entry.id] = { id: entry.id, addedAt: entry.addedAt, source: 'device', ...content };
  }
  return opened;
}

let syncing = Promise.resolve();

/** Opens what the held keys can open; results removed elsewhere drop out. */
function sync(): Promise<void> {
  syncing = syncing.then(async () => {
    const { keys, opened } = useUnsealedStore.getState();
    if (Object.keys(keys).length === 0) return;
    const next = await openAll(useCounselorStore.getState().sealed, keys, opened);
    // Forgotten while opening: the lock wins.
    if (useUnsealedStore.getState().keys === keys) useUnsealedStore.setState({ opened: next });
  });
  return syncing;
}

useCounselorStore.subscribe((state, previous) => {
  if (state.sealed !== previous.sealed) void sync();
});

/**
 * Tries `pin` on every stored vault; keeps the keys it opens and reads their results.
 * Returns how many vaults it opened (0: wrong PIN, or nothing sealed).
 */
export async function openSealed(pin: string): Promise<number> {
  await loadCounselorRecords();
  const { vaults } = useCounselorStore.getState();
  const held = useUnsealedStore.getState().keys;
  const keys: Record<string, CryptoKey> = { ...held };
  let count = 0;
  for (const vault of vaults) {
    if (keys[vault.id]) continue;
    const key = await openVault(vault, pin);
    if (key) {
      keys[vault.id] = key;
      count++;
    }
  }
  if (count > 0) {
    useUnsealedStore.setState({ keys });
    await sync();
  }
  return count;
}

/** Locks sealed results again: keys and opened results leave memory. */
export function forgetSealed(): void {
  const { keys, opened } = useUnsealedStore.getState();
  if (Object.keys(keys).length === 0 && Object.keys(opened).length === 0) return;
  useUnsealedStore.setState({ keys: {}, opened: {} });
}

/** Seals one student's result with the running session's vault and stores only the sealed box. */
export async function keepSealed(content: SealedContent): Promise<boolean> {
  await loadCounselorRecords();
  const { settings, vaults, actions } = useCounselorStore.getState();
  const vault = vaults.find((v) => v.id === settings?.vaultId);
  if (!vault) return false;
  try {
    return await actions.addSealed(await seal(vault, JSON.stringify(content)));
  } catch {
    return false;
  }
}

/** Every result this device can show now: those kept in clear, then those opened by a PIN. */
export function readableResults(): StoredResult[] {
  const opened = Object.values(useUnsealedStore.getState().opened);
  return [...useCounselorStore.getState().results, ...opened];
}
