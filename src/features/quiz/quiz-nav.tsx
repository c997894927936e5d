import { useAnsweredCount, useQuizActions } from '../../store/hooks';
import { RestartButton } from '../../components/ui/restart-button';

export interface QuizNavProps {
  canGoBack: boolean;
  answered: boolean;
  isLast: boolean;
  onBack(): void;
}

export function QuizNav({ canGoBack, answered, isLast, onBack }: QuizNavProps) {
  const answeredCount = useAnsweredCount();
  const { restart } = useQuizActions();
  const nextLabel = isLast ? 'See my results' : answered ? 'Next' : 'Skip this one';
  return (
    <div className="quiz-nav">
      <button type="button" className="button" onClick={onBack} disabled={!canGoBack}>
        Back
      </button>
      <button type="submit" className={answered ? 'button primary' : 'button'}>
        {nextLabel}
      </button>
      <div className="quiz-nav-extra">
        <p className="hint">Tip: press 1–5 to answer, Enter for next.</p>
        <RestartButton answered={answeredCount} onConfirm={restart} />
      </div>
    </div>
  );
}
