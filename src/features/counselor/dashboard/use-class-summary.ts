import { useMemo } from 'react';
import { summarizeClass, type ClassResult, type ClassSummary } from '../../../domain/class-summary';
import { decodeShareCode } from '../../../domain';
import { CONTENT_VERSION, QUESTION_SETS } from '../../../content/question-sets';
import { QUESTIONS } from '../../../content/questions';
import type { StoredResult } from '../../../store/counselor-store';
import { useStoredResults } from '../../../store/counselor-hooks';

/** Stored codes decoded; a code this build cannot read (should not happen) is left out. */
export function decodeStored(results: readonly StoredResult[]): ClassResult[] {
  return results.flatMap((result) => {
    const decoded = decodeShareCode(result.code, QUESTION_SETS, CONTENT_VERSION);
    return decoded.ok
      ? [{ code: result.code, name: result.name, group: result.group, payload: decoded.payload }]
      : [];
  });
}

/** The group summary, recomputed only when the collected results change. */
export function useClassSummary(): ClassSummary {
  const results = useStoredResults();
  return useMemo(() => summarizeClass(QUESTIONS, decodeStored(results)), [results]);
}
