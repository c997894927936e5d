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

  let hadController = container.controller !== null;
  const reload = () => window.location.reload();

  container.addEventListener('controllerchange', () => {
    // The first install also takes control: that is not an update.
    if (!hadController) {
      hadController = true;
      return;
    }
    if (updateRequested) return reload();
    // Another tab chose "Update now": this tab still runs the old files, whose cache is gone,
    // so its own "Update now" must simply reload into the new version.
    onUpdateReady(reload);
  });

  const offer = (worker: ServiceWorker) =>
    onUpdateReady(() => {
      if (worker.state === 'activated' || worker.state === 'redundant') return reload();
      updateRequested = true;
      worker.postMessage({ type: 'careerfit:skip-waiting' });
      // If the worker was replaced meanwhile no controllerchange may come; reload anyway.
      window.setTimeout(reload, 3000);
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
