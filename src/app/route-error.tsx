import { Link, isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { useDocumentTitle } from '../lib/use-document-title';
import { useMessages } from '../i18n';
import { errorMessages } from './error-messages';

function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script/i.test(error.message)
  );
}

/** Shown in place of any route that throws: explains, keeps answers, offers a way on. */
export function RouteError() {
  const error = useRouteError();
  const t = useMessages(errorMessages);
  useDocumentTitle(t.title);
  const offline = isChunkLoadError(error);
  const status = isRouteErrorResponse(error) ? error.status : null;
  return (
    <section className="panel message-panel" aria-labelledby="error-title">
      <h1 id="error-title">{offline ? t.offlineHeading : t.heading}</h1>
      <p>
        {offline ? t.offlineBody : t.body}
        {status ? t.status(status) : ''}
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t.retry}
        </button>
        <Link className="button" to="/">
          {t.home}
        </Link>
      </div>
    </section>
  );
}
