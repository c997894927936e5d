import { useSyncExternalStore } from 'react';

/**
 * The optional name for the printout. Kept in memory only — never saved or put in a link — so
 * it is gone on reload, as promised on screen.
 */
let name = '';
const listeners = new Set<() => void>();

export function setPrintName(value: string) {
  name = value.slice(0, 60);
  for (const listener of listeners) listener();
}

export function usePrintName(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => name,
  );
}
