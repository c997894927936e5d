import { useEffect, useState } from 'react';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { isChunkLoadError, claimReloadForNewVersion } from './chunk-reload';
import { useDocumentTitle } from '../lib/use-document-title';
import { useMessages } from '../i18n';
import { errorMessages } from './error-messages';

/** Shown in place of any route that throws: explains, keeps answers, offers a way on. */
export function RouteError() {
  const error = useRouteError();
  const t = useMessages(errorMessages);
  useDocumentTitle(t.title);
  const offline = isChunkLoadError(error);
  // Claimed in an effect, not during render: React may render an error boundary's tree and throw
  // it away, and a claim made there would use up the one reload without reloading.
  const [reloading, setReloading] = useState(offline);
  useEffect(() => {
    if (!offline) return;
    if (claimReloadForNewVersion()) window.location.reload();
    // The decision reads sessionStorage, an outside system, so it can only be made here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    else setReloading(false);
  }, [offline]);
  const status = isRouteErrorResponse(error) ? error.status : null;
  if (reloading)
    return (
      <p className="panel message-panel" role="status">
        {t.reloading}
      </p>
    );
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
