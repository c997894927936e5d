import { useEffect } from 'react';
import type { LikertValue } from '../../domain';

/** Keys 1–5 pick an answer, unless the student is typing somewhere or a dialog is open. */
export function useNumberKeys(onKey: (value: LikertValue) => void, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const handler = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('textarea, select, dialog[open], input:not([type="radio"])')) return;
      const value = Number(event.key);
      if (value >= 1 && value <= 5) {
        event.preventDefault();
        onKey(value as LikertValue);
      }
    };
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [onKey, enabled]);
}
