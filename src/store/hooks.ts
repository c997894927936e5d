import { useShallow } from 'zustand/react/shallow';
import type { QuestionId } from '../domain';
import { useStore } from './store';

export const useQuizActions = () => useStore((state) => state.actions);
export const usePosition = () => useStore((state) => state.position);
export const useAnswers = () => useStore(useShallow((state) => state.answers));
export const useAnswer = (id: QuestionId) => useStore((state) => state.answers[id]);
export const useAnsweredCount = () => useStore((state) => Object.keys(state.answers).length);
export const useRestoreProblem = () => useStore((state) => state.restoreProblem);
export const useEducationPlan = () => useStore((state) => state.educationPlan);
