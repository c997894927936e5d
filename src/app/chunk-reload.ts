/**
 * After a deploy, a tab still running the old version asks for files that are gone. One reload
 * brings the new version (answers live in localStorage, so nothing is lost); a second failure
 * soon after is a real network problem, shown as the error panel instead of a reload loop.
 */
const KEY = 'careerfit:chunk-reload-at';
/** A reload within this window counts as the same failure. */
export const RELOAD_WINDOW_MS = 30_000;

export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script|error loading dynamically/i.test(
      error.message,
    )
  );
}

/**
 * Claims the one reload of this window: true when the caller should reload now, false when a
 * reload already happened (the caller shows the error).
 */
export function claimReloadForNewVersion(
  now: number = Date.now(),
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeSession(),
): boolean {
  if (!storage) return false;
  const marker = storage.getItem(KEY);
  const last = marker === null ? Number.NaN : Number(marker);
  if (Number.isFinite(last) && now - last >= 0 && now - last < RELOAD_WINDOW_MS) return false;
  try {
    storage.setItem(KEY, String(now));
  } catch {
    return false; // without a marker a reload could loop
  }
  return true;
}

function safeSession(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
