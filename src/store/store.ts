import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { QUESTION_IDS } from '../content/question-ids';
import { createSafeStorage } from '../lib/safe-storage';
import { NEWER_VERSION, QUIZ_STATE_VERSION, migrateQuizState } from './migrations';
import { repairPersistedQuiz, type PersistedQuiz } from './persisted-quiz';
import { createQuizSlice, type QuizSlice } from './quiz-slice';
import { mergeQuizProgress, sameProgress, type QuizProgress } from './quiz-merge';
import { reportQuizSave } from './save-status';

export type Store = QuizSlice;

export const STORAGE_KEY = 'careerfit:quiz';
const UNREADABLE = Symbol('unreadable');

export const safeStorage = createSafeStorage();

function isStorageValue(value: unknown): value is StorageValue<PersistedQuiz> {
  return typeof value === 'object' && value !== null && 'state' in value && 'version' in value;
}

/** The saved progress another tab (or this one) left in storage, if it is of this version. */
function readStoredProgress(name: string, raw: string | null = safeStorage.getItem(name)) {
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isStorageValue(parsed) || parsed.version !== QUIZ_STATE_VERSION) return null;
    return repairPersistedQuiz(parsed.state, QUESTION_IDS).state;
  } catch {
    return null;
  }
}

/**
 * JSON storage that keeps a copy of anything it cannot use instead of throwing it away, and
 * merges with what other tabs saved instead of overwriting it (per question, later answer wins).
 */
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
  setItem(name, value) {
    const stored = readStoredProgress(name);
    const state = stored
      ? { ...value.state, ...mergeQuizProgress(value.state, stored) }
      : value.state;
    reportQuizSave(safeStorage.setItem(name, JSON.stringify({ ...value, state })));
  },
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
      stamps: state.stamps,
      clearedAt: state.clearedAt,
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

/** Answers given in another tab appear here at once; this tab keeps its own place in the quiz. */
export function takeOtherTabsAnswers(raw: string | null): void {
  const theirs = readStoredProgress(STORAGE_KEY, raw);
  if (!theirs) return;
  const mine: QuizProgress = useStore.getState();
  const merged = mergeQuizProgress(mine, theirs);
  if (sameProgress(merged, mine)) return;
  // A start-over in another tab (a new student on a shared device) restarts this tab too.
  const restarted = merged.clearedAt > mine.clearedAt;
  useStore.setState(restarted ? { ...merged, position: 0 } : merged);
}

if (typeof window !== 'undefined')
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY && event.newValue !== null) takeOtherTabsAnswers(event.newValue);
  });
