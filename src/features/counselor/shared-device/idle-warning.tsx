import { useEffect, useRef, useState } from 'react';
import { useFormat, useMessages } from '../../../i18n';
import { createIdleTimer, type IdleTimer } from './idle-timer';
import { sharedDeviceMessages } from './shared-device-messages';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * After `minutes` without input, a modal warning counts down; "I'm still here" keeps the
 * student's work, otherwise `onExpire` resets the device.
 */
export function IdleWarning({ minutes, onExpire }: { minutes: number; onExpire(): void }) {
  const t = useMessages(sharedDeviceMessages);
  const format = useFormat();
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const timer = useRef<IdleTimer | null>(null);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    const idle = createIdleTimer({
      idleMs: minutes * 60_000,
      onWarn: setSecondsLeft,
      onTick: setSecondsLeft,
      onExpire: () => {
        setSecondsLeft(null);
        expire.current();
      },
    });
    timer.current = idle;
    const onInput = () => idle.activity();
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { passive: true });
    return () => {
      idle.stop();
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput);
    };
  }, [minutes]);

  if (secondsLeft === null) return null;
  return (
    <WarningDialog
      title={t.idleTitle}
      text={t.idleText(format.number(secondsLeft))}
      button={t.stillHere}
      onStay={() => {
        setSecondsLeft(null);
        timer.current?.stillHere();
      }}
    />
  );
}

function WarningDialog(props: { title: string; text: string; button: string; onStay(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function' && !element.open) element.showModal();
    else element.setAttribute('open', '');
    button.current?.focus();
    return () => {
      if (element.open) element.close?.();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog idle-dialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      // Escape means "I'm still here" too: the student is clearly at the device.
      onCancel={(event) => {
        event.preventDefault();
        props.onStay();
      }}
    >
      <h2 id="idle-title">{props.title}</h2>
      {/* Not a live region: read once when the dialog opens, not every second. */}
      <p id="idle-text">{props.text}</p>
      <div className="actions">
        <button ref={button} type="button" className="button primary large" onClick={props.onStay}>
          {props.button}
        </button>
      </div>
    </dialog>
  );
}
