/** What the browser says about this site's storage: bytes used and the most it may use. */
export interface StorageRoom {
  usage: number;
  quota: number;
  /** True when the browser promised not to clear this site's data under storage pressure. */
  persisted: boolean;
}

/** Headroom kept free beside the estimate: IndexedDB keeps indexes and bookkeeping too. */
export const SPARE_BYTES = 1024 * 1024;

export async function storageRoom(): Promise<StorageRoom | null> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.estimate) return null;
  try {
    const { usage = 0, quota = 0 } = await manager.estimate();
    const persisted = manager.persisted ? await manager.persisted() : false;
    return { usage, quota, persisted };
  } catch {
    return null;
  }
}

/**
 * Asks the browser to keep this site's data when space runs low. Chromium decides on its own;
 * Firefox may ask the user, so this is called from a counselor's click.
 */
export async function askToKeepStorage(): Promise<boolean> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.persist) return false;
  try {
    return (await manager.persisted?.()) || (await manager.persist());
  } catch {
    return false;
  }
}

/** A size as a counselor reads it: MB below a gigabyte, GB above (same unit names in every language). */
export function sizeText(
  bytes: number,
  format: (n: number, o: Intl.NumberFormatOptions) => string,
) {
  const gb = bytes >= 1e9;
  const value = Math.max(0.1, bytes / (gb ? 1e9 : 1e6));
  return `${format(value, { maximumFractionDigits: 1 })} ${gb ? 'GB' : 'MB'}`;
}

/** About how many bytes these records take once stored (strings are counted as UTF-16). */
export function bytesFor(records: readonly unknown[]): number {
  let total = 0;
  for (const record of records) total += JSON.stringify(record).length * 2 + 64;
  return total;
}

/** Whether `bytes` more fit; true when the browser does not say (the write itself is checked). */
export function fits(bytes: number, room: StorageRoom | null): boolean {
  if (!room || room.quota <= 0) return true;
  return room.usage + bytes + SPARE_BYTES <= room.quota;
}
