import { useMessages } from '../../i18n';
import { useQuizSaveFailed } from '../../store/save-status';
import { safeStorage } from '../../store/store';
import { restoreMessages } from './restore-messages';

/** Said the moment a save of the answers fails, with what to do; gone once a save works again. */
export function SaveNotice() {
  const t = useMessages(restoreMessages);
  const failed = useQuizSaveFailed();
  // Storage refused from the start has its own notice (StorageNotice).
  if (!failed || !safeStorage.persistent) return null;
  return (
    <div className="notice" role="alert">
      <p>{t.saveFailed}</p>
    </div>
  );
}
