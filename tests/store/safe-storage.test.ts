import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorage } from '../../src/lib/safe-storage';

describe('createSafeStorage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses localStorage when it works', () => {
    const storage = createSafeStorage();
    storage.setItem('k', 'v');
    expect(storage.persistent).toBe(true);
    expect(localStorage.getItem('k')).toBe('v');
    expect(storage.getItem('k')).toBe('v');
    storage.removeItem('k');
    expect(localStorage.getItem('k')).toBeNull();
  });

  it('falls back to memory, quietly, when localStorage throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const storage = createSafeStorage();
    expect(storage.persistent).toBe(false);
    expect(() => storage.setItem('k', 'v')).not.toThrow();
    expect(storage.getItem('k')).toBe('v');
  });

  it('keeps working when a write fails for quota after a good start', () => {
    const storage = createSafeStorage();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => storage.setItem('k', 'v2')).not.toThrow();
    expect(storage.getItem('k')).toBe('v2');
  });
});
