import { useSyncExternalStore } from 'react';

/**
 * Whether the browser kept the last save of the quiz's answers. Apart from the quiz store on
 * purpose: a flag inside it would itself be saved, and a failing save would loop.
 */
let failed = false;
const listeners = new Set<() => void>();

export function reportQuizSave(kept: boolean): void {
  if (failed === !kept) return;
  failed = !kept;
  for (const listener of listeners) listener();
}

export function quizSaveFailed(): boolean {
  return failed;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useQuizSaveFailed = () => useSyncExternalStore(subscribe, quizSaveFailed, () => false);
