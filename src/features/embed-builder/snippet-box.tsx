import { useId, useRef, useState, type ReactNode } from 'react';
import { useMessages } from '../../i18n';
import { copyText } from '../../lib/clipboard';
import { builderMessages } from './messages';
import { useFitToContent } from './use-fit-to-content';

type CopyState = 'idle' | 'copied' | 'failed';

interface SnippetBoxProps {
  /** Visible label of the text box. */
  label: string;
  /** Completes the Copy button's accessible name: "Copy <what>" (es: "Copiar <what>"). */
  what: string;
  code: string;
  rows: number;
  children?: ReactNode;
}

/** A read-only code box with a Copy button and a polite status line. */
export function SnippetBox({ label, what, code, rows, children }: SnippetBoxProps) {
  const t = useMessages(builderMessages);
  const id = useId();
  const hintId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  useFitToContent(box, code);
  const [state, setState] = useState<{ code: string; result: CopyState }>({
    code,
    result: 'idle',
  });
  // A status about an older snippet would be misleading once the options change.
  const result = state.code === code ? state.result : 'idle';
  const onCopy = async () => {
    const ok = await copyText(code);
    if (!ok) box.current?.select();
    setState({ code, result: ok ? 'copied' : 'failed' });
  };
  return (
    <div className="builder-snippet">
      <label htmlFor={id} className="builder-label">
        {label}
      </label>
      {children ? (
        <p id={hintId} className="muted builder-hint">
          {children}
        </p>
      ) : null}
      <textarea
        id={id}
        ref={box}
        className="builder-code"
        readOnly
        rows={rows}
        value={code}
        spellCheck={false}
        aria-describedby={children ? hintId : undefined}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="builder-copy">
        {/* The visible word starts the accessible name, so voice control users can say "Copy". */}
        <button
          type="button"
          className="button primary"
          aria-label={t.copyWhat(what)}
          onClick={onCopy}
        >
          {t.copy}
        </button>
        <p role="status" className="muted builder-status">
          {result === 'copied' ? t.copied : result === 'failed' ? t.copyFailed : ''}
        </p>
      </div>
    </div>
  );
}
