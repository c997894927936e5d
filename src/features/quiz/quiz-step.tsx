import { EDUCATION_QUESTION_BY_LOCALE } from '../../content/education-question';
import { QUESTIONS_BY_LOCALE } from '../../content/question-text';
import { SCALES_BY_LOCALE } from '../../content/scales';
import { useLocalized } from '../../i18n';
import { useAnswer, useEducationPlan } from '../../store/hooks';
import { ChoiceCard } from './choice-card';
import { useAnswerStep } from './use-answer-step';

export interface QuizStepProps {
  position: number;
  /** After a tap: move on by itself shortly. */
  onPicked(): void;
}

/**
 * One step of the quiz: a trait question, or the education question after the last one. Only
 * the words change with the language; ids, positions and stored values stay the same.
 */
export function QuizStep({ position, onPicked }: QuizStepProps) {
  const questions = useLocalized(QUESTIONS_BY_LOCALE);
  const scales = useLocalized(SCALES_BY_LOCALE);
  const education = useLocalized(EDUCATION_QUESTION_BY_LOCALE);
  const question = questions[position];
  const value = useAnswer(question?.id ?? 'q-none');
  const plan = useEducationPlan();
  const answerStep = useAnswerStep();
  const answer = (choice: number) => answerStep(position, choice);
  const pick = (choice: number) => {
    answer(choice);
    onPicked();
  };
  if (!question) {
    const chosen = education.options.findIndex((o) => o.plan === plan) + 1;
    return (
      <ChoiceCard
        id={education.id}
        prompt={education.prompt}
        text={education.text}
        labels={education.options.map((o) => o.label)}
        value={chosen || undefined}
        onChoose={answer}
        onPick={pick}
      />
    );
  }
  const scale = scales[question.kind];
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
