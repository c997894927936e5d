import './quiz.css';
import { AnimatePresence, m } from 'framer-motion';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { LikertValue } from '../../domain';
import { QUESTIONS } from '../../content/questions';
import { ProgressBar } from '../../components/ui/progress-bar';
import { questionVariants } from '../../lib/motion';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAnswers, usePosition, useQuizActions } from '../../store/hooks';
import { QuestionCard } from './question-card';
import { QuizComplete } from './quiz-complete';
import { QuizNav } from './quiz-nav';
import { useQuizKeys } from './use-quiz-keys';

const AUTO_ADVANCE_MS = 280;

export function QuizPage() {
  const stored = usePosition();
  const answers = useAnswers();
  const { answerQuestion, goNext, goBack } = useQuizActions();
  const navigate = useNavigate();
  const total = QUESTIONS.length;
  // Set on the last Next, so the last question stays on screen while the results load.
  const [finishing, setFinishing] = useState(false);
  const position = finishing ? Math.min(stored, total - 1) : stored;
  const question = QUESTIONS[position];
  const [shown, setShown] = useState({ position, direction: 1 });
  if (shown.position !== position)
    setShown({ position, direction: position > shown.position ? 1 : -1 });
  const direction = shown.direction;
  const timer = useRef<number | undefined>(undefined);
  useDocumentTitle(
    question ? `Question ${position + 1} of ${total} — CareerFit` : 'Quiz done — CareerFit',
  );

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const next = useCallback(() => {
    window.clearTimeout(timer.current);
    if (position + 1 >= total) {
      setFinishing(true);
      navigate('/results');
    }
    goNext();
  }, [goNext, navigate, position, total]);

  const answer = useCallback(
    (value: LikertValue) => {
      if (question) answerQuestion(question.id, value);
    },
    [answerQuestion, question],
  );
  const answerByKey = useCallback(
    (value: LikertValue) => {
      answer(value);
      // Focus follows the choice so screen readers announce it.
      if (question) document.getElementById(`${question.id}-${value}`)?.focus();
    },
    [answer, question],
  );
  useQuizKeys({ onNumber: answerByKey, onEnter: next }, question !== undefined);

  if (!question) return <QuizComplete onBack={goBack} />;

  const pick = (value: LikertValue) => {
    answer(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(next, AUTO_ADVANCE_MS);
  };

  return (
    <section className="quiz" aria-label="Quiz" data-question={question.id}>
      <ProgressBar
        value={position + 1}
        max={total}
        label="Quiz progress"
        text={`Question ${position + 1} of ${total}`}
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
            key={question.id}
            custom={direction}
            variants={questionVariants}
            initial="enter"
            animate="center"
            exit="exit"
          >
            <QuestionCard
              question={question}
              value={answers[question.id]}
              onAnswer={answer}
              onPick={pick}
            />
          </m.div>
        </AnimatePresence>
        <QuizNav
          canGoBack={position > 0}
          answered={answers[question.id] !== undefined}
          isLast={position === total - 1}
          onBack={() => {
            window.clearTimeout(timer.current);
            goBack();
          }}
        />
      </form>
    </section>
  );
}
