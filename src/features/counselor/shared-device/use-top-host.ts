import { useEffect, useState } from 'react';

/**
 * A container placed first inside `<main>`, for the parts of shared-device mode that belong
 * above the page (the bar, the PIN prompt). React inserts route content before its own later
 * siblings, so this element stays first.
 */
export function useTopHost(): HTMLElement {
  const [host] = useState(() => {
    const element = document.createElement('div');
    element.className = 'shared-device-top';
    return element;
  });
  useEffect(() => {
    document.getElementById('main')?.prepend(host);
    return () => host.remove();
  }, [host]);
  return host;
}

/** Hides everything in `<main>` but the top container while `locked` (the PIN prompt shows). */
export function useLockedMain(locked: boolean) {
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main || !locked) return;
    main.dataset.locked = 'true';
    return () => {
      delete main.dataset.locked;
    };
  }, [locked]);
}
