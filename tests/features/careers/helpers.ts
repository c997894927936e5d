import { QUESTIONS } from '../../../src/content/questions';
import { useStore } from '../../../src/store/store';
import { answersFor, type Persona } from '../../personas';

/** Fills the store the way a student playing `persona` would have answered the quiz. */
export function answerAs(persona: Persona) {
  const { answerQuestion, goTo } = useStore.getState().actions;
  for (const [id, value] of Object.entries(answersFor(persona, QUESTIONS)))
    answerQuestion(id as `q-${string}`, value!);
  goTo(QUESTIONS.length);
}

/** The first find on a page waits for its lazy route chunk, which can be slow on a busy machine. */
export const LAZY_ROUTE = { timeout: 10_000 };

/** Room for that wait plus the test itself (the default 5 s is less than LAZY_ROUTE). */
export const PAGE_TEST = { timeout: 20_000 };
