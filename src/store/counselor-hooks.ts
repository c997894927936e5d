import { useShallow } from 'zustand/react/shallow';
import { useCounselorStore } from './counselor-store';

export const useCounselorActions = () => useCounselorStore((state) => state.actions);
export const useCounselorSettings = () => useCounselorStore((state) => state.settings);
export const useSessionRunning = () => useCounselorStore((state) => state.settings !== null);
export const useStoredResults = () => useCounselorStore(useShallow((state) => state.results));
export const useStoredResultCount = () => useCounselorStore((state) => state.results.length);
export const useCounselorRestoreProblem = () => useCounselorStore((state) => state.restoreProblem);
