import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n';
import { builderMessages } from './messages';
import { normalizeHeight } from './snippets';
import { useKeepFocusOut } from './use-keep-focus-out';
import { useDebouncedValue } from './use-debounced-value';

/**
 * The embedded app as a school's page would show it, reloaded once typing pauses. It stays inert
 * until asked for: the app focuses its heading when it loads, and would otherwise take the focus
 * away from the field being typed in on every reload.
 */
export function EmbedPreview({ src, height }: { src: string; height: number }) {
  const t = useMessages(builderMessages);
  const settled = useDebouncedValue(src, 300);
  const frame = useRef<HTMLIFrameElement>(null);
  // Live for one URL only: any option change reloads the frame and makes it inert again.
  const [liveSrc, setLiveSrc] = useState<string | null>(null);
  const live = liveSrc === settled;
  useKeepFocusOut(frame, !live);
  useEffect(() => {
    if (live) frame.current?.focus();
  }, [live]);
  return (
    <>
      <div className="builder-preview-bar">
        {live ? (
          <p className="muted">{t.previewLive}</p>
        ) : (
          <button type="button" className="button small" onClick={() => setLiveSrc(settled)}>
            {t.previewTry}
          </button>
        )}
      </div>
      <iframe
        ref={frame}
        className="builder-preview"
        title={t.previewTitle}
        src={settled}
        inert={!live}
        style={{ height: `${Math.min(normalizeHeight(height), 900)}px` }}
      />
    </>
  );
}
