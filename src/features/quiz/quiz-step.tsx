import { QUESTIONS } from '../../content/questions';
import { EDUCATION_QUESTION } from '../../content/education-question';
import { useAnswer, useEducationPlan } from '../../store/hooks';
import { EducationCard } from './education-card';
import { QuestionCard } from './question-card';
import { useAnswerStep } from './use-answer-step';

export interface QuizStepProps {
  position: number;
  /** After a tap: move on by itself shortly. */
  onPicked(): void;
}

/** One step of the quiz: a trait question, or the education question after the last one. */
export function QuizStep({ position, onPicked }: QuizStepProps) {
  const question = QUESTIONS[position];
  const value = useAnswer(question?.id ?? 'q-none');
  const plan = useEducationPlan();
  const answerStep = useAnswerStep();
  const answer = (choice: number) => answerStep(position, choice);
  const pick = (choice: number) => {
    answer(choice);
    onPicked();
  };
  if (!question) {
    const selected = plan
      ? EDUCATION_QUESTION.options.findIndex((o) => o.plan === plan) + 1
      : undefined;
    return <EducationCard value={selected} onChoose={answer} onPick={pick} />;
  }
  return <QuestionCard question={question} value={value} onAnswer={answer} onPick={pick} />;
}
