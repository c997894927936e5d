import { useEffect, type RefObject } from 'react';

/**
 * While `enabled`, focus that a frame's own page pulls into it (the app focuses its heading when
 * it loads) goes back to where it was, and the page scrolls back too. `inert` alone is not
 * enough: Chromium still lets the framed page call focus() on its own elements.
 */
export function useKeepFocusOut(frame: RefObject<HTMLIFrameElement | null>, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    let active = true;
    const onFocusOut = (event: FocusEvent) => {
      const left = event.target;
      if (!(left instanceof HTMLElement)) return;
      const { scrollX, scrollY } = window;
      // The frame is the active element only once focusout is over. A microtask runs before any
      // queued keystroke, so none lands in the frame (a timeout would let some through).
      queueMicrotask(() => {
        // Not once the frame is live: then the focus went there because it was asked for.
        if (!active || !frame.current || document.activeElement !== frame.current) return;
        left.focus({ preventScroll: true });
        window.scrollTo(scrollX, scrollY);
      });
    };
    document.addEventListener('focusout', onFocusOut);
    return () => {
      active = false;
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [frame, enabled]);
}
