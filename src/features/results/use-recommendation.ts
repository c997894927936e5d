import { useMemo } from 'react';
import { recommend } from '../../domain';
import { QUESTIONS } from '../../content/questions';
import { useAnswers, useEducationPlan } from '../../store/hooks';

/** The result, derived from the saved answers (scores are never stored). */
export function useRecommendation() {
  const answers = useAnswers();
  const educationPlan = useEducationPlan();
  const answered = Object.keys(answers).length;
  const recommendation = useMemo(
    () => recommend(QUESTIONS, answers, { educationPlan }),
    [answers, educationPlan],
  );
  return { recommendation, answers, answered };
}
