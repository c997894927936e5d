import { EDUCATION_QUESTION } from '../../content/education-question';
import { QUESTIONS } from '../../content/questions';
import { SCALES } from '../../content/scales';
import { useAnswer, useEducationPlan } from '../../store/hooks';
import { ChoiceCard } from './choice-card';
import { useAnswerStep } from './use-answer-step';

const EDUCATION_LABELS = EDUCATION_QUESTION.options.map((o) => o.label);

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
    const chosen = EDUCATION_QUESTION.options.findIndex((o) => o.plan === plan) + 1;
    return (
      <ChoiceCard
        id={EDUCATION_QUESTION.id}
        prompt={EDUCATION_QUESTION.prompt}
        text={EDUCATION_QUESTION.text}
        labels={EDUCATION_LABELS}
        value={chosen || undefined}
        onChoose={answer}
        onPick={pick}
      />
    );
  }
  const scale = SCALES[question.kind];
  return (
    <ChoiceCard
      id={question.id}
      prompt={scale.prompt}
      text={question.text}
      labels={scale.labels}
      value={value}
      onChoose={answer}
      onPick={pick}
    />
  );
}
