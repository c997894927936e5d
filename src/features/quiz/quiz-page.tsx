import './quiz.css';
import { LazyMotion, m, useReducedMotionConfig } from 'framer-motion';
import { useCallback, useState } from 'react';
import type { LikertValue } from '../../domain';
import { QUIZ_STEPS } from '../../content/question-ids';
import { QUESTIONS } from '../../content/questions';
import { ProgressBar } from '../../components/ui/progress-bar';
import { loadMotionFeatures, questionVariants } from '../../lib/motion';
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
  // Follows <MotionConfig reducedMotion="user">: no sideways slide, only the fade.
  const slide = useReducedMotionConfig() ? 0 : direction;
  const step = position + 1;
  const done = position >= QUIZ_STEPS;
  const answerStep = useAnswerStep();
  // The step the page opened on appears as it is; only later steps slide in.
  const [openedAt] = useState(position);
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
  const [stepText, totalText] = [format.number(step), format.number(QUIZ_STEPS)];
  useDocumentTitle(done ? t.doneTitle : t.title(stepText, totalText));
  if (done) return <QuizComplete onBack={back} />;
  const stepId = QUESTIONS[position]?.id ?? 'education-plan';
  return (
    <section className="quiz" aria-label={t.quiz} data-question={stepId}>
      <ProgressBar
        value={step}
        max={QUIZ_STEPS}
        label={t.progressLabel}
        text={t.progress(stepText, totalText)}
      />
      <form
        className="quiz-form"
        onSubmit={(event) => {
          event.preventDefault();
          next();
        }}
      >
        {/* No exit animation: the next question paints at once (issue #8: under 100 ms). */}
        <LazyMotion features={loadMotionFeatures} strict>
          <m.div
            key={stepId}
            custom={slide}
            variants={questionVariants}
            initial={position === openedAt ? false : 'enter'}
            animate="center"
          >
            <QuizStep position={position} onPicked={nextSoon} />
          </m.div>
        </LazyMotion>
        <QuizNav position={position} onBack={back} />
      </form>
    </section>
  );
}
