import { useId, useState } from 'react';
import { setPrintName, usePrintName } from './print-name';
import { copyText } from '../../lib/clipboard';

type CopyState = 'idle' | 'copied' | 'failed';

/** Keep the result: copy or share its link (no account, no server), or print it. */
export function ShareAndPrint({ shareLink }: { shareLink: string }) {
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const name = usePrintName();
  const linkId = useId();
  const nameId = useId();
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <section className="panel no-print share" aria-labelledby="share-title">
      <h2 id="share-title">Keep or share this result</h2>
      <p className="muted">
        The link holds your answers in a short code, so it opens this same result on any device. No
        account, and nothing is sent anywhere until you share it.
      </p>
      <label htmlFor={linkId} className="field-label">
        Link to this result
      </label>
      <input
        id={linkId}
        className="text-input"
        readOnly
        value={shareLink}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="actions">
        <button
          type="button"
          className="button primary"
          onClick={async () => setCopyState((await copyText(shareLink)) ? 'copied' : 'failed')}
        >
          Copy link
        </button>
        {canShare ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              navigator
                .share({ title: 'My CareerFit result', url: shareLink })
                .catch(() => undefined)
            }
          >
            Share…
          </button>
        ) : null}
        <p role="status" className="muted copy-status">
          {copyState === 'copied'
            ? 'Link copied.'
            : copyState === 'failed'
              ? 'Copy did not work: select the link and copy it.'
              : ''}
        </p>
      </div>
      <label htmlFor={nameId} className="field-label">
        Your name for the printout (optional)
      </label>
      <input
        id={nameId}
        className="text-input"
        value={name}
        maxLength={60}
        autoComplete="off"
        onChange={(e) => setPrintName(e.currentTarget.value)}
      />
      <p className="muted small">
        Only printed on the page. It is not saved and not put in the link.
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
    </section>
  );
}
