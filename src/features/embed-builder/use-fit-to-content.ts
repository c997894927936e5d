import { useLayoutEffect, type RefObject } from 'react';

/** Whether the browser sizes form fields to their content itself (`field-sizing: content`). */
export function supportsFieldSizing(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    typeof CSS.supports === 'function' &&
    CSS.supports('field-sizing', 'content')
  );
}

/** Sets a textarea's height to fit its whole content (its CSS max-height still applies). */
export function fitToContent(box: HTMLTextAreaElement) {
  box.style.height = 'auto';
  const style = getComputedStyle(box);
  const borders =
    (parseFloat(style.borderTopWidth) || 0) + (parseFloat(style.borderBottomWidth) || 0);
  box.style.height = `${box.scrollHeight + borders}px`;
}

/**
 * Fallback for browsers without `field-sizing` (WebKit): grow the box to its content whenever the
 * content or the box's width changes. Where the CSS does it, this does nothing.
 */
export function useFitToContent(ref: RefObject<HTMLTextAreaElement | null>, content: string) {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || supportsFieldSizing()) return;
    fitToContent(box);
    if (typeof ResizeObserver === 'undefined') return;
    let width = box.clientWidth;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (box.clientWidth === width) return;
      width = box.clientWidth;
      // Resizing the box inside the observer's own callback makes WebKit report "ResizeObserver
      // loop completed with undelivered notifications" as a page error: do it on the next frame.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fitToContent(box));
    });
    observer.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ref, content]);
}
