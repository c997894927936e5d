import { useQuizActions } from '../../store/hooks';
import { Link } from 'react-router-dom';
import { QUESTION_COUNT } from '../../content/quiz-facts';
import { RestartButton } from '../../components/ui/restart-button';

export function StartButtons({ answered }: { answered: number }) {
  const { restart } = useQuizActions();
  const answeredCount = answered;
  if (answered === 0) {
    return (
      <div className="actions">
        <Link className="button primary large" to="/quiz">
          Start the quiz
        </Link>
      </div>
    );
  }
  const done = answered >= QUESTION_COUNT;
  return (
    <div className="actions">
      <Link className="button primary large" to={done ? '/results' : '/quiz'}>
        {done ? 'See my results' : 'Continue where I left off'}
      </Link>
      <RestartButton answered={answeredCount} onConfirm={restart} />
      <p className="muted full">
        You've answered {answered} of {QUESTION_COUNT} questions on this device.
      </p>
    </div>
  );
}
