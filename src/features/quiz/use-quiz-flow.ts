import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { QUIZ_STEPS } from '../../content/question-ids';
import { usePosition, useQuizActions } from '../../store/hooks';

const AUTO_ADVANCE_MS = 280;

/**
 * Where the student is and how they move: Next, Back, and a short pause before moving on by
 * itself after a tap. The last Next opens the results.
 */
export function useQuizFlow() {
  const stored = usePosition();
  const { goNext, goBack } = useQuizActions();
  const navigate = useNavigate();
  // Set on the last Next, so the last step stays on screen while the results load.
  const [finishing, setFinishing] = useState(false);
  const position = finishing ? Math.min(stored, QUIZ_STEPS - 1) : stored;
  // 0 until the student moves: the step the page opened on just appears.
  const [shown, setShown] = useState({ position, direction: 0 });
  if (shown.position !== position)
    setShown({ position, direction: position > shown.position ? 1 : -1 });
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const next = useCallback(() => {
    window.clearTimeout(timer.current);
    if (position + 1 >= QUIZ_STEPS) {
      setFinishing(true);
      // Arriving from the last question says "all done"; a share link or the site menu does not.
      navigate('/results', { state: { finished: true } });
    }
    goNext();
  }, [goNext, navigate, position]);

  const back = useCallback(() => {
    window.clearTimeout(timer.current);
    goBack();
  }, [goBack]);

  const nextSoon = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(next, AUTO_ADVANCE_MS);
  }, [next]);

  return { position, direction: shown.direction, next, back, nextSoon };
}
