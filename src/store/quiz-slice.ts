import type { StateCreator } from 'zustand';
import type { EducationPlan, LikertValue, QuestionId } from '../domain';
import { QUIZ_STEPS } from '../content/question-ids';
import { EMPTY_QUIZ, type PersistedQuiz, type RestoreProblem } from './persisted-quiz';

export interface QuizActions {
  answerQuestion(questionId: QuestionId, value: LikertValue): void;
  chooseEducationPlan(plan: EducationPlan): void;
  goNext(): void;
  goBack(): void;
  goTo(position: number): void;
  restart(): void;
  dismissRestoreProblem(): void;
}

export interface QuizSlice extends PersistedQuiz {
  /** Set when saved answers could not be fully restored; shown once, never persisted. */
  restoreProblem: RestoreProblem | null;
  actions: QuizActions;
}

const clampPosition = (position: number) => Math.min(Math.max(position, 0), QUIZ_STEPS);

/** A time later than the last start-over, so an answer given in the same millisecond survives. */
const stampAfter = (clearedAt: number) => Math.max(Date.now(), clearedAt + 1);

export const createQuizSlice: StateCreator<QuizSlice, [], [], QuizSlice> = (set) => ({
  ...EMPTY_QUIZ,
  restoreProblem: null,
  actions: {
    answerQuestion: (questionId, value) =>
      set((state) => ({
        answers: { ...state.answers, [questionId]: value },
        stamps: { ...state.stamps, [questionId]: stampAfter(state.clearedAt) },
      })),
    chooseEducationPlan: (plan) =>
      set((state) => ({
        educationPlan: plan,
        stamps: { ...state.stamps, educationPlan: stampAfter(state.clearedAt) },
      })),
    goNext: () => set((state) => ({ position: clampPosition(state.position + 1) })),
    goBack: () => set((state) => ({ position: clampPosition(state.position - 1) })),
    goTo: (position) => set({ position: clampPosition(position) }),
    restart: () =>
      set((state) => ({
        ...EMPTY_QUIZ,
        clearedAt: Math.max(Date.now(), state.clearedAt + 1),
        restoreProblem: null,
      })),
    dismissRestoreProblem: () => set({ restoreProblem: null }),
  },
});
