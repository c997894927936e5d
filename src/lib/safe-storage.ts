export interface SafeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
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
      // What this session wrote wins: a write the browser refused still lives in memory.
      if (memory.has(key)) return memory.get(key) ?? null;
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      memory.set(key, value);
      try {
        storage?.setItem(key, value);
      } catch {
        // Quota or policy errors: the in-memory copy keeps this session working.
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
