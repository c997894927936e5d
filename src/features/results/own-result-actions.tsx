import { useNavigate } from 'react-router-dom';
import { RestartButton } from '../../components/ui/restart-button';
import { useMessages } from '../../i18n';
import { useAnsweredCount, useQuizActions } from '../../store/hooks';
import { resultsMessages } from './messages';

export function OwnResultActions() {
  const t = useMessages(resultsMessages);
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
        {t.reviewAnswers}
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
