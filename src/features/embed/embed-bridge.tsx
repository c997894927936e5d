import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { QUIZ_STEPS } from '../../content/question-ids';
import { postToHost, trustedHostOrigin } from '../../lib/embed';
import { usePosition, useQuizActions } from '../../store/hooks';

/** Content height, not iframe height: shrinks as well as grows. */
function contentHeight(): number {
  const app = document.querySelector('.app');
  return Math.ceil(app ? app.getBoundingClientRect().height : document.body.scrollHeight);
}

function useResizeMessages() {
  useEffect(() => {
    let last = 0;
    const send = () => {
      const height = contentHeight();
      if (height !== last) postToHost({ type: 'careerfit:resize', height });
      last = height;
    };
    const observer = new ResizeObserver(send);
    const app = document.querySelector('.app');
    if (app) observer.observe(app);
    send();
    return () => observer.disconnect();
  }, []);
}

function useHostCommands() {
  const { restart } = useQuizActions();
  const navigate = useNavigate();
  useEffect(() => {
    const origin = trustedHostOrigin();
    if (!origin) return;
    const onMessage = (event: MessageEvent) => {
      // Only the host page that embedded us, and only the commands we know.
      if (event.origin !== origin || event.source !== window.parent) return;
      const data: unknown = event.data;
      if (
        typeof data === 'object' &&
        data !== null &&
        'type' in data &&
        data.type === 'careerfit:restart'
      ) {
        restart();
        navigate('/');
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [restart, navigate]);
}

function useProgressMessages() {
  const { pathname } = useLocation();
  const position = usePosition();
  const onQuiz = pathname === '/quiz';
  useEffect(() => {
    if (onQuiz) postToHost({ type: 'careerfit:started' });
  }, [onQuiz]);
  useEffect(() => {
    if (onQuiz && position < QUIZ_STEPS)
      postToHost({ type: 'careerfit:question', index: position + 1, total: QUIZ_STEPS });
  }, [onQuiz, position]);
}

/** Embed mode's side effects (the school's accent is set earlier, in main.tsx): the message protocol with the host page. */
export function EmbedBridge() {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('embedded');
    postToHost({ type: 'careerfit:ready' });
  }, []);
  useResizeMessages();
  useHostCommands();
  useProgressMessages();
  return null;
}
