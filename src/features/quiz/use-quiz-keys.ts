import { useEffect } from 'react';
import type { LikertValue } from '../../domain';

export interface QuizKeyHandlers {
  /** Keys 1–5. */
  onNumber(value: LikertValue): void;
  /** Enter anywhere but on a button or link (those keep their own Enter). */
  onEnter(): void;
}

const TYPING =
  'textarea, select, dialog[open], input:not([type="radio"]), [contenteditable="true"]';

/** Keyboard shortcuts for the quiz, ignored while the student types or a dialog is open. */
export function useQuizKeys({ onNumber, onEnter }: QuizKeyHandlers, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const handler = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TYPING)) return;
      if (event.key === 'Enter') {
        if (target?.closest('button, a[href], summary')) return;
        event.preventDefault();
        onEnter();
        return;
      }
      const value = Number(event.key);
      if (value >= 1 && value <= 5) {
        event.preventDefault();
        onNumber(value as LikertValue);
      }
    };
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [onNumber, onEnter, enabled]);
}
