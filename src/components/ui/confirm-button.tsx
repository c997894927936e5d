import './confirm-button.css';
import { useId, useRef, type ReactNode } from 'react';

export interface ConfirmButtonProps {
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
}

/** A button that asks first, in a native modal dialog (focus stays inside; Esc cancels). */
export function ConfirmButton({
  label,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
}: ConfirmButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  // React's autoFocus focuses on mount, not on showModal(), and renders no `autofocus`
  // attribute, so the dialog would focus its first button: the destructive one. Focus the
  // safe choice ourselves once the dialog is open.
  function open() {
    dialog.current?.showModal();
    cancel.current?.focus();
  }
  return (
    <>
      <button type="button" className="button" onClick={open}>
        {label}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="actions">
          <button
            type="button"
            className="button danger"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
          <button
            type="button"
            className="button"
            ref={cancel}
            onClick={() => dialog.current?.close()}
          >
            {cancelLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
