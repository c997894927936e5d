import { RESTART_TEXT } from '../../content/restart-text';
import { ConfirmButton } from './confirm-button';

/** "Start over", asking first; the caller decides what restarting does. */
export function RestartButton({ answered, onConfirm }: { answered: number; onConfirm(): void }) {
  return (
    <ConfirmButton {...RESTART_TEXT} onConfirm={onConfirm}>
      <p>{RESTART_TEXT.body(answered)}</p>
    </ConfirmButton>
  );
}
