import { useMemo } from 'react';
import { fitBand, recommend, type CareerId, type FitBand } from '../../domain';
import { QUESTIONS } from '../../content/questions';
import { useAnswers, useEducationPlan } from '../../store/hooks';

export interface CareerMatch {
  /** 0–100, rounded. */
  fit: number;
  band: FitBand;
  /** 1 = the student's best fit. */
  rank: number;
  total: number;
  isRecommended: boolean;
}

/** The student's fit for one career, derived from the saved answers; null before any answer. */
export function useCareerFit(careerId: CareerId): CareerMatch | null {
  const answers = useAnswers();
  const educationPlan = useEducationPlan();
  return useMemo(() => {
    if (Object.keys(answers).length === 0) return null;
    const recommendation = recommend(QUESTIONS, answers, { educationPlan });
    const index = recommendation.ranking.findIndex((entry) => entry.careerId === careerId);
    const entry = recommendation.ranking[index];
    if (!entry) return null;
    return {
      fit: Math.round(entry.fit),
      band: fitBand(entry.fit),
      rank: index + 1,
      total: recommendation.ranking.length,
      isRecommended: recommendation.primary.careerId === careerId,
    };
  }, [answers, educationPlan, careerId]);
}
