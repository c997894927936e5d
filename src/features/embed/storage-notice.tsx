import { useMessages } from '../../i18n';
import { safeStorage } from '../../store/store';
import { embedMessages } from './messages';

/** Said once, quietly, when the browser refuses storage (often in a school site's iframe). */
export function StorageNotice() {
  const t = useMessages(embedMessages);
  if (safeStorage.persistent) return null;
  return (
    <div className="notice" role="status">
      <p>{t.storageBlocked}</p>
    </div>
  );
}
