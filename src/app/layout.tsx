import { lazy, Suspense } from 'react';
import { Link, Outlet, ScrollRestoration } from 'react-router-dom';
import { StorageNotice } from '../features/embed/storage-notice';
import { RestoreNotice } from '../features/quiz/restore-notice';
import { EMBED } from '../lib/embed';

// Only embedded pages need the message bridge, so it stays out of everyone else's download.
const EmbedBridge = lazy(() =>
  import('../features/embed/embed-bridge').then((m) => ({ default: m.EmbedBridge })),
);

export function Layout() {
  return (
    <div className={EMBED.embed ? 'app app-embedded' : 'app'}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Hash routing owns the URL fragment: move focus instead of navigating to "#main".
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      {EMBED.embed ? (
        <Suspense fallback={null}>
          <EmbedBridge />
        </Suspense>
      ) : (
        <header className="site-header">
          <Link to="/" className="brand" aria-label="CareerFit home">
            <span className="brand-mark" aria-hidden="true">
              ✓
            </span>
            CareerFit
          </Link>
          <nav className="site-nav" aria-label="Site">
            <Link to="/careers">Explore careers</Link>
          </nav>
        </header>
      )}
      <main id="main" className="site-main" tabIndex={-1}>
        {EMBED.org ? <p className="embed-org">CareerFit for {EMBED.org}</p> : null}
        <StorageNotice />
        <RestoreNotice />
        <Outlet />
      </main>
      {EMBED.embed ? null : (
        <footer className="site-footer">
          <p>Your answers stay on this device. CareerFit sends nothing anywhere.</p>
        </footer>
      )}
      <ScrollRestoration />
    </div>
  );
}
