import { RESTART_TEXT_BY_LOCALE } from '../../content/restart-text';
import { useLocalized } from '../../i18n';
import { ConfirmButton } from './confirm-button';

/** "Start over", asking first; the caller decides what restarting does. */
export function RestartButton({ answered, onConfirm }: { answered: number; onConfirm(): void }) {
  const text = useLocalized(RESTART_TEXT_BY_LOCALE);
  return (
    <ConfirmButton {...text} onConfirm={onConfirm}>
      <p>{text.body(answered)}</p>
    </ConfirmButton>
  );
}
