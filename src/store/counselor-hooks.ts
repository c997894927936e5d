import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useCounselorStore } from './counselor-store';
import { useUnsealedStore } from './unsealed-store';

export const useCounselorActions = () => useCounselorStore((state) => state.actions);
export const useCounselorSettings = () => useCounselorStore((state) => state.settings);
export const useSessionRunning = () => useCounselorStore((state) => state.settings !== null);

/** Results this device can show: kept in clear, plus sealed ones opened with the PIN. */
export function useStoredResults() {
  const results = useCounselorStore(useShallow((state) => state.results));
  const opened = useUnsealedStore((state) => state.opened);
  return useMemo(() => {
    const unsealed = Object.values(opened);
    return unsealed.length === 0 ? results : [...results, ...unsealed];
  }, [results, opened]);
}

/** Every result kept on this device, sealed or not. */
export const useStoredResultCount = () =>
  useCounselorStore((state) => state.results.length + state.sealed.length);

/** Sealed results the PIN has not opened in this tab. */
export function useLockedSealedCount() {
  const sealed = useCounselorStore((state) => state.sealed);
  const opened = useUnsealedStore((state) => state.opened);
  return sealed.filter((entry) => !opened[entry.id]).length;
}

export const useCounselorRestoreProblem = () => useCounselorStore((state) => state.restoreProblem);
