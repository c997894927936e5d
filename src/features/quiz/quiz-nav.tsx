import { RestartButton } from '../../components/ui/restart-button';
import { QUIZ_STEPS } from '../../content/question-ids';
import { QUESTIONS } from '../../content/questions';
import { useMessages } from '../../i18n';
import { useAnswer, useAnsweredCount, useEducationPlan, useQuizActions } from '../../store/hooks';
import { quizMessages } from './messages';

export interface QuizNavProps {
  position: number;
  onBack(): void;
}

export function QuizNav({ position, onBack }: QuizNavProps) {
  const t = useMessages(quizMessages);
  // Only the id is needed here, and ids are the same in every language.
  const question = QUESTIONS[position];
  const answer = useAnswer(question?.id ?? 'q-none');
  const plan = useEducationPlan();
  const answeredCount = useAnsweredCount();
  const { restart } = useQuizActions();
  const answered = question ? answer !== undefined : plan !== null;
  const isLast = position === QUIZ_STEPS - 1;
  const nextLabel = isLast ? t.seeResults : answered ? t.next : t.skip;
  return (
    <div className="quiz-nav">
      <button type="button" className="button" onClick={onBack} disabled={position === 0}>
        {t.back}
      </button>
      <button type="submit" className={answered || isLast ? 'button primary' : 'button'}>
        {nextLabel}
      </button>
      <div className="quiz-nav-extra">
        <p className="hint">{t.tip}</p>
        <RestartButton answered={answeredCount} onConfirm={restart} />
      </div>
    </div>
  );
}
