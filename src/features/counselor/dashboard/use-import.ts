import { useCallback } from 'react';
import { importCodes, importPieces, type CodeImport } from '../../../domain/code-import';
import { collect } from '../../../domain/collected';
import { csvCells, parseCsv } from '../../../domain/csv';
import { CONTENT_VERSION, QUESTION_SETS } from '../../../content/question-sets';
import { askToKeepStorage, bytesFor, fits, storageRoom } from '../../../lib/storage-room';
import { loadCounselorRecords, useCounselorStore } from '../../../store/counselor-store';
import { useCounselorActions } from '../../../store/counselor-hooks';

/** Why nothing was added: no room on the device (sizes in bytes), or the browser refused the write. */
export type ImportProblem =
  { kind: 'no-room'; needed: number; free: number } | { kind: 'not-saved' };

export interface ImportReport {
  added: number;
  duplicates: number;
  bad: CodeImport['bad'];
  problem: ImportProblem | null;
}

/** Adds pasted codes or a CSV file's codes to the store; never removes anything. */
export function useImport() {
  const { addResults } = useCounselorActions();
  const save = useCallback(
    async (found: CodeImport, source: 'paste' | 'csv'): Promise<ImportReport> => {
      const items = found.good.map((g) => ({
        code: g.code,
        name: g.name,
        group: g.payload.group,
        source,
      }));
      const base = { added: 0, duplicates: found.duplicates.length, bad: found.bad };
      void askToKeepStorage();
      const room = await storageRoom();
      const needed = bytesFor(items);
      if (items.length > 0 && !fits(needed, room)) {
        const free = room ? Math.max(0, room.quota - room.usage) : 0;
        return { ...base, problem: { kind: 'no-room', needed, free } };
      }
      const { added, duplicates, saved } = await addResults(items);
      return {
        ...base,
        added,
        duplicates: duplicates + found.duplicates.length,
        problem: saved ? null : { kind: 'not-saved' },
      };
    },
    [addResults],
  );
  const known = async () => {
    await loadCounselorRecords();
    return collect(useCounselorStore.getState().results);
  };
  const importText = async (text: string) =>
    save(importCodes(text, QUESTION_SETS, CONTENT_VERSION, await known()), 'paste');
  const importCsv = async (text: string) => {
    const pieces = csvCells(parseCsv(text)).map((c) => ({ input: c.value, name: c.name }));
    return save(importPieces(pieces, QUESTION_SETS, CONTENT_VERSION, await known(), true), 'csv');
  };
  return { importText, importCsv };
}
