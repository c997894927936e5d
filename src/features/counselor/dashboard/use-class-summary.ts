import { useMemo } from 'react';
import {
  combineStudents,
  summarizeStudent,
  type ClassSummary,
  type StudentSummary,
} from '../../../domain/class-summary';
import { decodeShareCode } from '../../../domain';
import { CONTENT_VERSION, QUESTION_SETS } from '../../../content/question-sets';
import { QUESTIONS } from '../../../content/questions';
import type { StoredResult } from '../../../store/counselor-store';
import { useStoredResults } from '../../../store/counselor-hooks';

// A code always means the same answers, so each student is scored once per page load: adding
// or removing one student, or coming back to the dashboard, does not redo the other 999.
const byCode = new Map<string, StudentSummary | null>();

function studentFor(result: StoredResult): StudentSummary | null {
  let student = byCode.get(result.code);
  if (student === undefined) {
    const decoded = decodeShareCode(result.code, QUESTION_SETS, CONTENT_VERSION);
    student = decoded.ok
      ? summarizeStudent(QUESTIONS, { ...result, payload: decoded.payload })
      : null;
    byCode.set(result.code, student);
  }
  if (!student) return null;
  // Id, name and group come from what was stored with the code.
  const { id, name } = result;
  const group = result.group ?? student.row.group;
  const row = student.row;
  return row.id === id && row.name === name && row.group === group
    ? student
    : { ...student, row: { ...row, id, name, group } };
}

/** The group summary from the stored codes; a code this build cannot read is left out. */
export function summarizeStored(results: readonly StoredResult[]): ClassSummary {
  return combineStudents(results.flatMap((r) => studentFor(r) ?? []));
}

/** The group summary, recomputed only when the collected results change. */
export function useClassSummary(): ClassSummary {
  const results = useStoredResults();
  return useMemo(() => summarizeStored(results), [results]);
}
