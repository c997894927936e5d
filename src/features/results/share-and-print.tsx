import { useId, useState } from 'react';
import { setPrintName, usePrintName } from './print-name';
import { copyText } from '../../lib/clipboard';
import { useMessages } from '../../i18n';
import { shareMessages } from './share-messages';

type CopyState = 'idle' | 'copied' | 'failed';

/** Keep the result: copy or share its link (no account, no server), or print it. */
export function ShareAndPrint({ shareLink }: { shareLink: string }) {
  const t = useMessages(shareMessages);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const name = usePrintName();
  const linkId = useId();
  const nameId = useId();
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <section className="panel no-print share" aria-labelledby="share-title">
      <h2 id="share-title">{t.shareTitle}</h2>
      <p className="muted">{t.shareIntro}</p>
      <label htmlFor={linkId} className="field-label">
        {t.linkLabel}
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
          {t.copyLink}
        </button>
        {canShare ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              navigator.share({ title: t.shareSheetTitle, url: shareLink }).catch(() => undefined)
            }
          >
            {t.share}
          </button>
        ) : null}
        <p role="status" className="muted copy-status">
          {copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
        </p>
      </div>
      <label htmlFor={nameId} className="field-label">
        {t.nameLabel}
      </label>
      <input
        id={nameId}
        className="text-input"
        value={name}
        maxLength={60}
        autoComplete="off"
        onChange={(e) => setPrintName(e.currentTarget.value)}
      />
      <p className="muted small">{t.nameHint}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>
    </section>
  );
}
