export interface SafeStorage {
  getItem(key: string): string | null;
  /** True when the browser kept the value; false when it lives only in this tab's memory. */
  setItem(key: string, value: string): boolean;
  removeItem(key: string): void;
  /** False when the browser refused storage and values live only in memory until reload. */
  readonly persistent: boolean;
}

function probe(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    const key = '__careerfit_probe__';
    storage.setItem(key, key);
    storage.removeItem(key);
    return storage;
  } catch {
    // Sandboxed iframes, blocked third-party storage and some private modes throw on access.
    return null;
  }
}

/** localStorage when the browser allows it, otherwise a quiet in-memory map. Never throws. */
export function createSafeStorage(): SafeStorage {
  const storage = probe();
  const memory = new Map<string, string>();
  return {
    persistent: storage !== null,
    getItem(key) {
      // A write the browser refused lives in memory and wins over the older stored value.
      if (memory.has(key)) return memory.get(key) ?? null;
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        if (!storage) throw new Error('no storage');
        storage.setItem(key, value);
        // Kept by the browser: later reads go there, so other tabs' writes are seen too.
        memory.delete(key);
        return true;
      } catch {
        // Quota or policy errors: the in-memory copy keeps this session working.
        memory.set(key, value);
        return false;
      }
    },
    removeItem(key) {
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to do: the value is gone from memory.
      }
    },
  };
}
