import { describe, expect, it } from 'vitest';
import {
  RELOAD_WINDOW_MS,
  claimReloadForNewVersion,
  isChunkLoadError,
} from '../../src/app/chunk-reload';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('isChunkLoadError', () => {
  it.each([
    'Failed to fetch dynamically imported module: http://x/assets/quiz-route-abc.js',
    'error loading dynamically imported module: http://x/assets/quiz-route-abc.js',
    'Importing a module script failed.',
  ])('knows each engine’s wording: %s', (message) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError('dynamically imported module')).toBe(false);
  });
});

describe('claimReloadForNewVersion', () => {
  it('allows one reload, then none within the window, then one again', () => {
    const storage = memoryStorage();
    expect(claimReloadForNewVersion(1_000, storage)).toBe(true);
    expect(claimReloadForNewVersion(1_000 + RELOAD_WINDOW_MS - 1, storage)).toBe(false);
    expect(claimReloadForNewVersion(1_000 + RELOAD_WINDOW_MS, storage)).toBe(true);
  });

  it('never reloads when it cannot leave a marker (a loop would follow)', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(claimReloadForNewVersion(1_000, full)).toBe(false);
    expect(claimReloadForNewVersion(1_000, null)).toBe(false);
  });
});
