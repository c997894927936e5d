import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { loadCounselorRecords, useCounselorStore } from './counselor-store';
import { useUnsealedStore } from './unsealed-store';

export const useCounselorActions = () => useCounselorStore((state) => state.actions);
export const useCounselorSettings = () => useCounselorStore((state) => state.settings);
export const useSessionRunning = () => useCounselorStore((state) => state.settings !== null);

/** Results this device can show: kept in clear, plus sealed ones opened with the PIN. */
/** Reads the results from IndexedDB once per tab; true once they are in. */
export function useCounselorRecordsReady() {
  useEffect(() => void loadCounselorRecords(), []);
  return useCounselorStore((state) => state.records === 'ready');
}

export function useStoredResults() {
  useCounselorRecordsReady();
  const results = useCounselorStore(useShallow((state) => state.results));
  const opened = useUnsealedStore((state) => state.opened);
  return useMemo(() => {
    const unsealed = Object.values(opened);
    return unsealed.length === 0 ? results : [...results, ...unsealed];
  }, [results, opened]);
}

/** Every result kept on this device, sealed or not. */
export function useStoredResultCount() {
  useCounselorRecordsReady();
  return useCounselorStore((state) => state.results.length + state.sealed.length);
}

/** Sealed results the PIN has not opened in this tab. */
export function useLockedSealedCount() {
  useCounselorRecordsReady();
  const sealed = useCounselorStore((state) => state.sealed);
  const opened = useUnsealedStore((state) => state.opened);
  return sealed.filter((entry) => !opened[entry.id]).length;
}

export const useCounselorRestoreProblem = () => useCounselorStore((state) => state.restoreProblem);
