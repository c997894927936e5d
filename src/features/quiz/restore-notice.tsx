import { useQuizActions, useRestoreProblem } from '../../store/hooks';

const MESSAGES = {
  unreadable:
    "We couldn't read the answers saved on this device, so the quiz starts fresh. Sorry about that!",
  'newer-version':
    'Your saved answers came from a newer version of CareerFit, so this version starts fresh. A copy is kept on this device.',
  'dropped-answers':
    "A few saved answers couldn't be read. We kept the rest — you'll just be asked those questions again.",
} as const;

export function RestoreNotice() {
  const problem = useRestoreProblem();
  const { dismissRestoreProblem } = useQuizActions();
  if (!problem) return null;
  return (
    <div className="notice" role="status">
      <p>{MESSAGES[problem]}</p>
      <button type="button" className="button small" onClick={dismissRestoreProblem}>
        OK
      </button>
    </div>
  );
}
