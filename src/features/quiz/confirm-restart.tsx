import { useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAnsweredCount, useQuizActions } from '../../store/hooks';

/** "Start over" that asks first, in a native modal dialog (focus stays inside; Esc cancels). */
export function ConfirmRestart({ label, goToQuiz = false }: { label: string; goToQuiz?: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const answered = useAnsweredCount();
  const { restart } = useQuizActions();
  const navigate = useNavigate();
  const confirm = () => {
    dialog.current?.close();
    restart();
    if (goToQuiz) navigate('/quiz');
  };
  return (
    <>
      <button type="button" className="button" onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="restart-title">
        <h2 id="restart-title">Start over?</h2>
        <p>
          This clears your {answered} {answered === 1 ? 'answer' : 'answers'} on this device. You
          can't undo it.
        </p>
        <div className="actions">
          <button type="button" className="button danger" onClick={confirm}>
            Yes, start over
          </button>
          <button
            type="button"
            className="button"
            autoFocus
            onClick={() => dialog.current?.close()}
          >
            Keep my answers
          </button>
        </div>
      </dialog>
    </>
  );
}
