import { useNavigate } from 'react-router-dom';
import { RestartButton } from '../../components/ui/restart-button';
import { useAnsweredCount, useQuizActions } from '../../store/hooks';

export function OwnResultActions() {
  const { goTo, restart } = useQuizActions();
  const answered = useAnsweredCount();
  const navigate = useNavigate();
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          goTo(0);
          navigate('/quiz');
        }}
      >
        Review my answers
      </button>
      <RestartButton
        answered={answered}
        onConfirm={() => {
          restart();
          navigate('/quiz');
        }}
      />
    </>
  );
}
