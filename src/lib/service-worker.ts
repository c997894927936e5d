/**
 * Registers the offline service worker (production builds only) and reports a waiting update.
 * The update is applied only when the student asks, so a quiz is never swapped out mid-answer;
 * answers are saved on the device, so the reload that follows loses nothing.
 */
export function registerServiceWorker(onUpdateReady: (apply: () => void) => void): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator))
    return;
  const container = navigator.serviceWorker;
  let updateRequested = false;

  container.addEventListener('controllerchange', () => {
    // The first install also takes control; only a chosen update should reload the page.
    if (updateRequested) window.location.reload();
  });

  const offer = (worker: ServiceWorker) =>
    onUpdateReady(() => {
      updateRequested = true;
      worker.postMessage({ type: 'careerfit:skip-waiting' });
    });

  container
    .register('./sw.js')
    .then((registration) => {
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) offer(worker);
        });
      });
    })
    .catch(() => {
      // Private modes and some embeds refuse service workers; the app works online without one.
    });
}
