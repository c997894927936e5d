import { useId, useState } from 'react';
import { setPrintName, usePrintName } from './print-name';
import { copyText } from '../../lib/clipboard';
import { useMessages } from '../../i18n';
import { shareMessages } from './share-messages';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Keep the result, on the first screen: copy or share its link (no account, no server), or print
 * it. A failed copy opens the section below, where the link can be selected by hand.
 */
export function KeepActions({
  shareLink,
  onCopyFailed,
}: {
  shareLink: string | null;
  onCopyFailed: () => void;
}) {
  const t = useMessages(shareMessages);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <div className="keep-actions no-print" role="group" aria-label={t.keepActions}>
      <div className="actions">
        {shareLink ? (
          <button
            type="button"
            className="button primary"
            onClick={async () => {
              const copied = await copyText(shareLink);
              setCopyState(copied ? 'copied' : 'failed');
              if (!copied) onCopyFailed();
            }}
          >
            {t.copyLink}
          </button>
        ) : null}
        {shareLink && canShare ? (
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
        <button type="button" className="button" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>
      <p role="status" className="muted copy-status">
        {copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
      </p>
    </div>
  );
}

/** The link itself, to select by hand, and the name printed at the top of the page. */
export function KeepDetails({ shareLink }: { shareLink: string | null }) {
  const t = useMessages(shareMessages);
  const name = usePrintName();
  const linkId = useId();
  const nameId = useId();
  return (
    <div className="share">
      <p className="muted">{t.shareIntro}</p>
      {shareLink ? (
        <>
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
        </>
      ) : null}
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
      <p className="muted small">{t.pdfHint}</p>
    </div>
  );
}
