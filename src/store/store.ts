import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { QUESTION_IDS } from '../content/question-ids';
import { createSafeStorage } from '../lib/safe-storage';
import { NEWER_VERSION, QUIZ_STATE_VERSION, migrateQuizState } from './migrations';
import { repairPersistedQuiz, type PersistedQuiz } from './persisted-quiz';
import { createQuizSlice, type QuizSlice } from './quiz-slice';

export type Store = QuizSlice;

export const STORAGE_KEY = 'careerfit:quiz';
const UNREADABLE = Symbol('unreadable');

export const safeStorage = createSafeStorage();

function isStorageValue(value: unknown): value is StorageValue<PersistedQuiz> {
  return typeof value === 'object' && value !== null && 'state' in value && 'version' in value;
}

/** JSON storage that keeps a copy of anything it cannot use instead of throwing it away. */
const quizStorage: PersistStorage<PersistedQuiz> = {
  getItem(name) {
    const raw = safeStorage.getItem(name);
    if (raw === null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isStorageValue(parsed) && typeof parsed.version === 'number') {
        if (parsed.version > QUIZ_STATE_VERSION) safeStorage.setItem(`${name}:newer`, raw);
        return parsed;
      }
    } catch {
      // Falls through: not JSON.
    }
    safeStorage.setItem(`${name}:unreadable`, raw);
    return { state: UNREADABLE as unknown as PersistedQuiz, version: QUIZ_STATE_VERSION };
  },
  setItem: (name, value) => safeStorage.setItem(name, JSON.stringify(value)),
  removeItem: (name) => safeStorage.removeItem(name),
};

export const useStore = create<Store>()(
  persist((...a) => ({ ...createQuizSlice(...a) }), {
    name: STORAGE_KEY,
    version: QUIZ_STATE_VERSION,
    storage: quizStorage,
    partialize: (state) => ({
      answers: state.answers,
      position: state.position,
      educationPlan: state.educationPlan,
    }),
    migrate: (persisted, version) => migrateQuizState(persisted, version) as PersistedQuiz,
    merge: (persisted, current) => {
      // zustand calls merge with undefined when nothing was saved yet: a first visit, not a problem.
      if (persisted === undefined || persisted === null) return current;
      if ((persisted as unknown) === UNREADABLE)
        return { ...current, restoreProblem: 'unreadable' };
      if ((persisted as unknown) === NEWER_VERSION)
        return { ...current, restoreProblem: 'newer-version' };
      const { state, problem } = repairPersistedQuiz(persisted, QUESTION_IDS);
      return { ...current, ...state, restoreProblem: problem };
    },
  }),
);
