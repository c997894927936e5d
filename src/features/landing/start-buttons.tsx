import { useQuizActions } from '../../store/hooks';
import { Link } from 'react-router-dom';
import { QUESTION_COUNT } from '../../content/quiz-facts';
import { RestartButton } from '../../components/ui/restart-button';
import { useMessages } from '../../i18n';
import { landingMessages } from './messages';

export function StartButtons({ answered }: { answered: number }) {
  const { restart } = useQuizActions();
  const t = useMessages(landingMessages);
  const answeredCount = answered;
  if (answered === 0) {
    return (
      <div className="actions">
        <Link className="button primary large" to="/quiz">
          {t.start}
        </Link>
      </div>
    );
  }
  const done = answered >= QUESTION_COUNT;
  return (
    <div className="actions">
      <Link className="button primary large" to={done ? '/results' : '/quiz'}>
        {done ? t.seeResults : t.continue}
      </Link>
      <RestartButton answered={answeredCount} onConfirm={restart} />
      <p className="muted full">{t.progress(answered, QUESTION_COUNT)}</p>
    </div>
  );
}
