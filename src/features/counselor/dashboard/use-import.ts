import { useCallback } from 'react';
import { importCodes, importPieces, type CodeImport } from '../../../domain/code-import';
import { collect } from '../../../domain/collected';
import { csvCells, parseCsv } from '../../../domain/csv';
import { CONTENT_VERSION, QUESTION_SETS } from '../../../content/question-sets';
import { useCounselorStore } from '../../../store/counselor-store';
import { useCounselorActions } from '../../../store/counselor-hooks';

export interface ImportReport {
  added: number;
  duplicates: number;
  bad: CodeImport['bad'];
}

/** Adds pasted codes or a CSV file's codes to the store; never removes anything. */
export function useImport() {
  const { addResults } = useCounselorActions();
  const save = useCallback(
    (found: CodeImport, source: 'paste' | 'csv'): ImportReport => {
      const { added, duplicates } = addResults(
        found.good.map((g) => ({ code: g.code, name: g.name, group: g.payload.group, source })),
      );
      return { added, duplicates: duplicates + found.duplicates.length, bad: found.bad };
    },
    [addResults],
  );
  const known = () => collect(useCounselorStore.getState().results);
  const importText = (text: string) =>
    save(importCodes(text, QUESTION_SETS, CONTENT_VERSION, known()), 'paste');
  const importCsv = (text: string) => {
    const pieces = csvCells(parseCsv(text)).map((c) => ({ input: c.value, name: c.name }));
    return save(importPieces(pieces, QUESTION_SETS, CONTENT_VERSION, known(), true), 'csv');
  };
  return { importText, importCsv };
}
