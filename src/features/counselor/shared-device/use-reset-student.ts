import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { encodeShareCode, normalizeGroup } from '../../../domain/share-code';
import { CONTENT_VERSION, QUESTION_SETS } from '../../../content/question-sets';
import type { CounselorSettings } from '../../../store/counselor-store';
import { useCounselorActions } from '../../../store/counselor-hooks';
import { useStore } from '../../../store/store';
import { keepSealed } from '../../../store/unsealed-store';
import { useDeviceSession } from './device-session';

/** Waits for the next page's heading (not `previous`), then moves focus to it. */
function focusHeadingSoon(previous: Element | null, tries = 40) {
  const heading = document.querySelector<HTMLElement>('#main h1');
  if (heading && heading !== previous && heading.isConnected) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  } else if (tries > 0) {
    setTimeout(() => focusHeadingSoon(previous, tries - 1), 50);
  }
}

/**
 * Ends one student's turn: keeps their result when asked and the counselor opted in, then
 * clears their answers and name, locks counselor pages and opens the start page. The result is
 * sealed for the counselor (a session that predates sealing keeps it in clear until the counselor
 * next unlocks). When sealing fails and `stayOnFailure` is set, nothing is cleared and it
 * resolves false, so the student can still show or copy their result.
 */
export function useResetStudent(settings: CounselorSettings) {
  const navigate = useNavigate();
  const { addResults } = useCounselorActions();
  return useCallback(
    async (keepResult: boolean, stayOnFailure = false): Promise<boolean> => {
      const { answers, educationPlan, actions } = useStore.getState();
      const device = useDeviceSession.getState();
      if (keepResult && settings.keepResults && Object.keys(answers).length > 0) {
        const group = normalizeGroup(settings.group);
        const code = encodeShareCode(
          { answers, educationPlan, group },
          QUESTION_SETS,
          CONTENT_VERSION,
        );
        const name = device.studentName.trim() || null;
        const kept = settings.vaultId
          ? await keepSealed({ code, name, group })
          : (await addResults([{ code, name, group, source: 'device' }])).saved;
        if (!kept && stayOnFailure) return false;
      }
      actions.restart();
      device.setStudentName('');
      device.lock();
      const previous = document.querySelector('#main h1');
      navigate('/');
      focusHeadingSoon(previous);
      return true;
    },
    [settings, addResults, navigate],
  );
}
