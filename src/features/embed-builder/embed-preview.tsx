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
  // Live for one URL only: any option change reloads the frame and makes it inert again. Asking
  // for it loads the options as they are now, not the ones typing has not yet settled on, so the
  // frame does not reload (and turn inert) under a student-to-be's first keystroke.
  const [liveSrc, setLiveSrc] = useState<string | null>(null);
  const shown = liveSrc === src ? src : settled;
  const live = liveSrc === shown;
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
          <button type="button" className="button small" onClick={() => setLiveSrc(src)}>
            {t.previewTry}
          </button>
        )}
      </div>
      <iframe
        ref={frame}
        className="builder-preview"
        title={t.previewTitle}
        src={shown}
        inert={!live}
        // A frame focused while it was still loading hands no keys to the page that replaces it.
        onLoad={() => {
          if (live) frame.current?.contentWindow?.focus();
        }}
        style={{ height: `${Math.min(normalizeHeight(height), 900)}px` }}
      />
    </>
  );
}
