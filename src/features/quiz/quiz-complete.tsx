import { useAnsweredCount, useQuizActions } from '../../store/hooks';
import { Link } from 'react-router-dom';
import { RestartButton } from '../../components/ui/restart-button';

/** Shown when the student comes back to the quiz after answering the last question. */
export function QuizComplete({ onBack }: { onBack(): void }) {
  const answeredCount = useAnsweredCount();
  const { restart } = useQuizActions();
  return (
    <section className="panel message-panel" aria-labelledby="complete-title">
      <h1 id="complete-title">You've reached the end of the quiz</h1>
      <p>Your answers are saved on this device.</p>
      <div className="actions">
        <Link className="button primary" to="/results">
          See my results
        </Link>
        <button type="button" className="button" onClick={onBack}>
          Back to the last question
        </button>
        <RestartButton answered={answeredCount} onConfirm={restart} />
      </div>
    </section>
  );
}
