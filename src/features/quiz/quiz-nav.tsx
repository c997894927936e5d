import { RestartButton } from '../../components/ui/restart-button';
import { QUIZ_STEPS } from '../../content/question-ids';
import { QUESTIONS } from '../../content/questions';
import { useAnswer, useAnsweredCount, useEducationPlan, useQuizActions } from '../../store/hooks';

export interface QuizNavProps {
  position: number;
  onBack(): void;
}

export function QuizNav({ position, onBack }: QuizNavProps) {
  const question = QUESTIONS[position];
  const answer = useAnswer(question?.id ?? 'q-none');
  const plan = useEducationPlan();
  const answeredCount = useAnsweredCount();
  const { restart } = useQuizActions();
  const answered = question ? answer !== undefined : plan !== null;
  const isLast = position === QUIZ_STEPS - 1;
  const nextLabel = isLast ? 'See my results' : answered ? 'Next' : 'Skip this one';
  return (
    <div className="quiz-nav">
      <button type="button" className="button" onClick={onBack} disabled={position === 0}>
        Back
      </button>
      <button type="submit" className={answered || isLast ? 'button primary' : 'button'}>
        {nextLabel}
      </button>
      <div className="quiz-nav-extra">
        <p className="hint">Tip: press a number to answer, Enter for next.</p>
        <RestartButton answered={answeredCount} onConfirm={restart} />
      </div>
    </div>
  );
}
