import { Link } from 'react-router-dom';
import { RestartButton } from '../../components/ui/restart-button';
import { useMessages } from '../../i18n';
import { useAnsweredCount, useQuizActions } from '../../store/hooks';
import { quizMessages } from './messages';

/** Shown when the student comes back to the quiz after answering the last question. */
export function QuizComplete({ onBack }: { onBack(): void }) {
  const t = useMessages(quizMessages);
  const answeredCount = useAnsweredCount();
  const { restart } = useQuizActions();
  return (
    <section className="panel message-panel quiz-complete" aria-labelledby="complete-title">
      <h1 id="complete-title">{t.completeHeading}</h1>
      <p>{t.completeBody}</p>
      <div className="actions">
        <Link className="button primary" to="/results">
          {t.seeResults}
        </Link>
        <button type="button" className="button" onClick={onBack}>
          {t.backToLast}
        </button>
        <RestartButton answered={answeredCount} onConfirm={restart} />
      </div>
    </section>
  );
}
