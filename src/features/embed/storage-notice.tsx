import { safeStorage } from '../../store/store';

/** Said once, quietly, when the browser refuses storage (often in a school site's iframe). */
export function StorageNotice() {
  if (safeStorage.persistent) return null;
  return (
    <div className="notice" role="status">
      <p>
        This browser isn’t letting CareerFit save your progress here, so your answers will be lost
        if you reload the page. Everything else works.
      </p>
    </div>
  );
}
