import '../counselor.css';
import { useEffect, useId } from 'react';
import { Link } from 'react-router-dom';
import { useMessages } from '../../../i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { readableResults } from '../../../store/unsealed-store';
import { homeMessages } from './home-messages';

/** #/counselor: how sessions work without accounts, and where to go next. */
export function CounselorHome() {
  const t = useMessages(homeMessages);
  const id = useId();
  useDocumentTitle(t.title);
  useWarmDashboard();
  return (
    <div className="counselor-page">
      <header>
        <h1>{t.heading}</h1>
        <p className="lead">{t.lead}</p>
      </header>
      <section className="panel" aria-labelledby={`${id}-how`}>
        <h2 id={`${id}-how`}>{t.howHeading}</h2>
        <ol>
          <li>{t.how1}</li>
          <li>{t.how2}</li>
          <li>{t.how3}</li>
          <li>{t.how4}</li>
        </ol>
      </section>
      <nav className="panel" aria-labelledby={`${id}-go`}>
        <h2 id={`${id}-go`}>{t.linksHeading}</h2>
        <ul className="counselor-links">
          <li>
            <Link to="/counselor/session">{t.session}</Link>
          </li>
          <li>
            <Link to="/counselor/dashboard">{t.dashboard}</Link>
          </li>
          <li>
            <Link to="/counselor/guide">{t.guide}</Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}

/**
 * While the counselor reads this page, load the dashboard's code and score the collected results
 * once, so opening the dashboard with a whole grade's results only has to draw it.
 */
function useWarmDashboard() {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    let cancelled = false;
    idle(() => {
      void Promise.all([
        import('../dashboard/dashboard-page'),
        import('../dashboard/use-class-summary'),
      ]).then(([, summary]) => {
        if (!cancelled) summary.summarizeStored(readableResults());
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);
}
