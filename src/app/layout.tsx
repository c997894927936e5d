import { lazy, Suspense, useState } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import { isCounselorPath } from '../domain/counselor-path';
import { hasSharedDeviceSession } from '../store/counselor-presence';
import { StorageNotice } from '../features/embed/storage-notice';
import { RestoreNotice } from '../features/quiz/restore-notice';
import { SaveNotice } from '../features/quiz/save-notice';
import { EMBED } from '../lib/embed';
import { useMessages } from '../i18n';
import { LanguageSwitch } from '../components/ui/language-switch';
import { layoutMessages } from './messages';
import { ConnectionNotices } from './connection-notices';

// Only embedded pages need the message bridge, so it stays out of everyone else's download.
const EmbedBridge = lazy(() =>
  import('../features/embed/embed-bridge').then((m) => ({ default: m.EmbedBridge })),
);
// Counselor sessions (shared-device mode, a group's code) load apart from the start page.
const SharedDeviceRoot = lazy(() =>
  import('../features/counselor/shared-device/shared-device-root').then((m) => ({
    default: m.SharedDeviceRoot,
  })),
);

/** The counselor parts load only where they can matter: a session device, a group link, #/counselor. */
function useCounselorPartsNeeded(): boolean {
  const { pathname } = useLocation();
  const [needed, setNeeded] = useState(() => Boolean(EMBED.group) || hasSharedDeviceSession());
  if (!needed && isCounselorPath(pathname)) setNeeded(true);
  return needed;
}

export function Layout() {
  const t = useMessages(layoutMessages);
  const counselorParts = useCounselorPartsNeeded();
  // While answering, a student needs the question and nothing that leads away from it.
  const answering = useLocation().pathname === '/quiz';
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
        {t.skip}
      </a>
      {EMBED.embed ? (
        <Suspense fallback={null}>
          <EmbedBridge />
        </Suspense>
      ) : (
        <header className="site-header">
          <Link to="/" className="brand" aria-label={t.home}>
            <span className="brand-mark" aria-hidden="true">
              ✓
            </span>
            CareerFit
          </Link>
          <nav className="site-nav" aria-label={t.siteNav}>
            <Link to="/careers">{t.explore}</Link>
            <LanguageSwitch />
          </nav>
        </header>
      )}
      <main id="main" className="site-main" tabIndex={-1}>
        {EMBED.embed ? (
          <div className="embed-bar">
            {EMBED.org ? <p className="embed-org">{t.forOrg(EMBED.org)}</p> : null}
            <LanguageSwitch />
          </div>
        ) : null}
        <ConnectionNotices />
        <StorageNotice />
        <RestoreNotice />
        <SaveNotice />
        <Outlet />
        {counselorParts ? (
          <Suspense fallback={null}>
            <SharedDeviceRoot />
          </Suspense>
        ) : null}
      </main>
      {EMBED.embed ? null : (
        <footer className="site-footer">
          <p>{t.footer}</p>
          {answering ? null : (
            <nav className="footer-nav" aria-label={t.footerNav}>
              <Link to="/counselor">{t.counselors}</Link>
              <Link to="/embed">{t.embed}</Link>
              <Link to="/accessibility">{t.accessibility}</Link>
            </nav>
          )}
        </footer>
      )}
      <ScrollRestoration />
    </div>
  );
}
