import { Link, Outlet, ScrollRestoration } from 'react-router-dom';
import { RestoreNotice } from '../features/quiz/restore-notice';

export function Layout() {
  return (
    <div className="app">
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
      <main id="main" className="site-main" tabIndex={-1}>
        <RestoreNotice />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Your answers stay on this device. CareerFit sends nothing anywhere.</p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
