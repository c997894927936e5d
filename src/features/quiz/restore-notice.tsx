import { useMessages } from '../../i18n';
import { useQuizActions, useRestoreProblem } from '../../store/hooks';
import { restoreMessages } from './restore-messages';

export function RestoreNotice() {
  const t = useMessages(restoreMessages);
  const problem = useRestoreProblem();
  const { dismissRestoreProblem } = useQuizActions();
  if (!problem) return null;
  return (
    <div className="notice" role="status">
      <p>{t[problem]}</p>
      {/* Full-size (44px) rather than `small`: it is the notice's only control. */}
      <button type="button" className="button" onClick={dismissRestoreProblem}>
        {t.ok}
      </button>
    </div>
  );
}
