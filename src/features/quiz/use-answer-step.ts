import { useCallback } from 'react';
import type { LikertValue } from '../../domain';
import { EDUCATION_QUESTION } from '../../content/education-question';
import { QUESTIONS } from '../../content/questions';
import { useQuizActions } from '../../store/hooks';

const PLANS = EDUCATION_QUESTION.options.map((o) => o.plan);

/** The id of a step's radio for choice n (1-based), for moving focus to it. */
export function choiceId(position: number, choice: number): string {
  return `${QUESTIONS[position]?.id ?? EDUCATION_QUESTION.id}-${choice}`;
}

export function choiceCount(position: number): number {
  return QUESTIONS[position] ? 5 : PLANS.length;
}

/** Records choice n (1-based) for the step at `position`: a trait answer or the education plan. */
export function useAnswerStep() {
  const { answerQuestion, chooseEducationPlan } = useQuizActions();
  return useCallback(
    (position: number, choice: number) => {
      const question = QUESTIONS[position];
      if (question) {
        answerQuestion(question.id, choice as LikertValue);
        return;
      }
      const plan = PLANS[choice - 1];
      if (plan) chooseEducationPlan(plan);
    },
    [answerQuestion, chooseEducationPlan],
  );
}
