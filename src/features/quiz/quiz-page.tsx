import './quiz.css';
import { AnimatePresence, m } from 'framer-motion';
import { useCallback } from 'react';
import type { LikertValue } from '../../domain';
import { QUIZ_STEPS } from '../../content/question-ids';
import { QUESTIONS } from '../../content/questions';
import { ProgressBar } from '../../components/ui/progress-bar';
import { questionVariants } from '../../lib/motion';
import { useDocumentTitle } from '../../lib/use-document-title';
import { QuizComplete } from './quiz-complete';
import { QuizNav } from './quiz-nav';
import { QuizStep } from './quiz-step';
import { useQuizFlow } from './use-quiz-flow';
import { choiceCount, choiceId, useAnswerStep } from './use-answer-step';
import { useQuizKeys } from './use-quiz-keys';

export function QuizPage() {
  const { position, direction, next, back, nextSoon } = useQuizFlow();
  const step = position + 1;
  const done = position >= QUIZ_STEPS;
  const answerStep = useAnswerStep();
  // Keys act on the current step even while the previous one is still animating out.
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
  useDocumentTitle(
    done ? 'Quiz done — CareerFit' : `Question ${step} of ${QUIZ_STEPS} — CareerFit`,
  );
  if (done) return <QuizComplete onBack={back} />;
  const stepId = QUESTIONS[position]?.id ?? 'education-plan';
  return (
    <section className="quiz" aria-label="Quiz" data-question={stepId}>
      <ProgressBar
        value={step}
        max={QUIZ_STEPS}
        label="Quiz progress"
        text={`Question ${step} of ${QUIZ_STEPS}`}
      />
      <form
        className="quiz-form"
        onSubmit={(event) => {
          event.preventDefault();
          next();
        }}
      >
        <AnimatePresence mode="wait" custom={direction} initial={false}>
          <m.div
            key={stepId}
            custom={direction}
            variants={questionVariants}
            initial="enter"
            animate="center"
            exit="exit"
          >
            <QuizStep position={position} onPicked={nextSoon} />
          </m.div>
        </AnimatePresence>
        <QuizNav position={position} onBack={back} />
      </form>
    </section>
  );
}
