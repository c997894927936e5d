import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { router } from './app/router';
import { initialLocale } from './i18n';
import { EMBED } from './lib/embed';
import { watchSchoolAccent } from './lib/school-accent';
import { safeStorage, useStore } from './store/store';
import { hasSharedDeviceSession } from './store/counselor-presence';
import './styles/tokens.css';
import './styles/base.css';

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

/**
 * Prerendered pages (index.html, career-<id>.html; see docs/architecture.md) carry the route they
 * were rendered at in `data-prerendered` and the inline first-paint gate's verdict in
 * `<html data-render>`. Hydrate only when the page the app would render now is exactly that
 * English, empty-progress, not-embedded page; otherwise render on the client.
 */
function mayHydrate(container: HTMLElement): boolean {
  const route = container.dataset.prerendered;
  if (route === undefined || document.documentElement.dataset.render !== 'hydrate') return false;
  const { answers, restoreProblem } = useStore.getState();
  return (
    router.state.location.pathname === route &&
    initialLocale() === 'en' &&
    !EMBED.embed &&
    !EMBED.group &&
    !hasSharedDeviceSession() &&
    safeStorage.persistent &&
    Object.keys(answers).length === 0 &&
    !restoreProblem
  );
}

/** Lazy routes (career pages) load their module before the router reports itself initialized. */
function routerReady(): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

if (EMBED.embed && EMBED.accent) watchSchoolAccent(EMBED.accent);

const container = document.getElementById('root');
if (container) {
  if (mayHydrate(container)) {
    // No top-level await: it would make the bundler split the shared code into many small chunks.
    void routerReady().then(() =>
      // A transition lets React hydrate in slices instead of one long task.
      startTransition(() => {
        hydrateRoot(container, app);
      }),
    );
  } else {
    // The prerendered page (hidden by the gate's CSS while it is the wrong one) is not this page.
    container.textContent = '';
    delete container.dataset.prerendered;
    const root = createRoot(container);
    // Until a lazy first route has loaded, the router would render nothing (and warn about it).
    void routerReady().then(() => root.render(app));
  }
}
