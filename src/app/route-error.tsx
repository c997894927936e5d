import { Link, isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { useDocumentTitle } from '../lib/use-document-title';

function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script/i.test(error.message)
  );
}

/** Shown in place of any route that throws: explains, keeps answers, offers a way on. */
export function RouteError() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong — CareerFit');
  const offline = isChunkLoadError(error);
  const status = isRouteErrorResponse(error) ? error.status : null;
  return (
    <section className="panel message-panel" aria-labelledby="error-title">
      <h1 id="error-title">
        {offline ? 'This page did not load' : 'Something went wrong on this page'}
      </h1>
      <p>
        {offline
          ? 'Part of CareerFit could not be downloaded. Check your internet connection, then try again.'
          : 'Sorry about that. Your answers are still saved on this device.'}
        {status ? ` (Error ${status}.)` : ''}
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Try again
        </button>
        <Link className="button" to="/">
          Go to the start page
        </Link>
      </div>
    </section>
  );
}
