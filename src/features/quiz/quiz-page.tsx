import './quiz.css';
import { useCallback } from 'react';
import type { LikertValue } from '../../domain';
import { QUIZ_STEPS } from '../../content/question-ids';
import { QUESTIONS } from '../../content/questions';
import { ProgressBar } from '../../components/ui/progress-bar';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormat, useMessages } from '../../i18n';
import { quizMessages } from './messages';
import { QuizComplete } from './quiz-complete';
import { QuizNav } from './quiz-nav';
import { QuizStep } from './quiz-step';
import { useQuizFlow } from './use-quiz-flow';
import { choiceCount, choiceId, useAnswerStep } from './use-answer-step';
import { useQuizKeys } from './use-quiz-keys';

export function QuizPage() {
  const t = useMessages(quizMessages);
  const format = useFormat();
  const { position, direction, next, back, nextSoon } = useQuizFlow();
  const step = position + 1;
  const done = position >= QUIZ_STEPS;
  const answerStep = useAnswerStep();
  const answerByKey = useCallback(
    (choice: LikertValue) => {
      if (choice > choiceCount(position)) return;
      answerStep(position, choice);
      // Focus follows the choice so screen readers announce it.
      document.getElementById(choiceId(position, choice))?.focus();
    },
    [answerStep, position],
  );
  useQuizKeys({ onNumber: answerByKey, onEnter: next }, !done);
  const [stepText, totalText] = [format.number(step), format.number(QUESTIONS.length)];
  const lastStep = position === QUESTIONS.length;
  const halfway = step === Math.floor(QUESTIONS.length / 2) + 1;
  const count = t.progress(stepText, totalText);
  useDocumentTitle(done ? t.doneTitle : lastStep ? t.lastTitle : t.title(stepText, totalText));
  if (done) return <QuizComplete onBack={back} />;
  const stepId = QUESTIONS[position]?.id ?? 'education-plan';
  return (
    <section className="quiz" aria-label={t.quiz} data-question={stepId}>
      <ProgressBar
        value={step}
        max={QUIZ_STEPS}
        label={t.progressLabel}
        text={lastStep ? t.lastQuestion : halfway ? t.halfway(count) : count}
      />
      <form
        className="quiz-form"
        onSubmit={(event) => {
          event.preventDefault();
          next();
        }}
      >
        {/* A CSS entrance and no exit, so the next question paints at once (issue #8: under
            100 ms at 4× CPU; a framer-motion mount per step took the 95th percentile over). */}
        <div
          key={stepId}
          className="question-step"
          data-enter={direction === 0 ? undefined : direction > 0 ? 'forward' : 'back'}
        >
          <QuizStep position={position} onPicked={nextSoon} />
        </div>
        <QuizNav position={position} onBack={back} />
      </form>
    </section>
  );
}
