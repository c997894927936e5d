import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isCareerId, type CareerId } from '../../domain';

export const DEFAULT_PAIR = ['medical-records-technician', 'medical-assistant'] as const;

export type CompareSlot = 'a' | 'b';

/** The two careers picked on the compare page, kept in the URL (?a=…&b=…). */
export function useCompareSelection() {
  const [params, setParams] = useSearchParams();
  // Anything missing or unknown quietly falls back to the default pair.
  const rawA = params.get('a');
  const rawB = params.get('b');
  const a: CareerId = isCareerId(rawA) ? rawA : DEFAULT_PAIR[0];
  const b: CareerId = isCareerId(rawB) ? rawB : DEFAULT_PAIR[1];
  const choose = useCallback(
    (slot: CompareSlot, id: CareerId) =>
      setParams({ a: slot === 'a' ? id : a, b: slot === 'b' ? id : b }, { replace: true }),
    [a, b, setParams],
  );
  return { a, b, choose };
}
