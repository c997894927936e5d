import { beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTIONS } from '../../src/content/questions';

const first = QUESTIONS[0]!.id;
const second = QUESTIONS[1]!.id;

/** A fresh store module, hydrating from whatever localStorage holds now. */
async function loadStore() {
  vi.resetModules();
  return (await import('../../src/store/store')).useStore;
}

describe('quiz store', () => {
  beforeEach(() => localStorage.clear());

  it('starts empty with no restore problem on a first visit', async () => {
    const store = await loadStore();
    expect(store.getState()).toMatchObject({ answers: {}, position: 0, restoreProblem: null });
  });

  it('records answers and moves through the quiz', async () => {
    const store = await loadStore();
    const { answerQuestion, goNext, goBack, goTo } = store.getState().actions;
    answerQuestion(first, 4);
    goNext();
    answerQuestion(second, 2);
    expect(store.getState()).toMatchObject({ answers: { [first]: 4, [second]: 2 }, position: 1 });
    goBack();
    goBack();
    expect(store.getState().position).toBe(0);
    goTo(999);
    expect(store.getState().position).toBe(QUESTIONS.length + 1);
  });

  it('saves every answer at once and restores it after a reload', async () => {
    const store = await loadStore();
    store.getState().actions.answerQuestion(first, 5);
    store.getState().actions.goNext();
    store.getState().actions.chooseEducationPlan('associate');
    const saved = JSON.parse(localStorage.getItem('careerfit:quiz') ?? '{}');
    expect(saved).toEqual({
      state: { answers: { [first]: 5 }, position: 1, educationPlan: 'associate' },
      version: 2,
    });
    const reloaded = await loadStore();
    expect(reloaded.getState()).toMatchObject({
      answers: { [first]: 5 },
      position: 1,
      educationPlan: 'associate',
      restoreProblem: null,
    });
  });

  it('restart clears answers and position', async () => {
    const store = await loadStore();
    store.getState().actions.answerQuestion(first, 5);
    store.getState().actions.restart();
    expect(store.getState()).toMatchObject({ answers: {}, position: 0 });
  });

  it('starts fresh with a notice, keeping a copy, when the saved state is not JSON', async () => {
    localStorage.setItem('careerfit:quiz', '{oops');
    const store = await loadStore();
    expect(store.getState()).toMatchObject({
      answers: {},
      position: 0,
      restoreProblem: 'unreadable',
    });
    expect(localStorage.getItem('careerfit:quiz:unreadable')).toBe('{oops');
  });

  it('keeps the valid answers and drops the rest', async () => {
    const state = { answers: { [first]: 3, [second]: 'x', 'q-removed': 2 }, position: 2 };
    localStorage.setItem('careerfit:quiz', JSON.stringify({ state, version: 1 }));
    const store = await loadStore();
    expect(store.getState()).toMatchObject({
      answers: { [first]: 3 },
      position: 1,
      restoreProblem: 'dropped-answers',
    });
  });

  it('migrates a saved v1 state on load', async () => {
    const v1 = { state: { answers: { [first]: 2 }, position: QUESTIONS.length }, version: 1 };
    localStorage.setItem('careerfit:quiz', JSON.stringify(v1));
    const store = await loadStore();
    expect(store.getState()).toMatchObject({
      answers: { [first]: 2 },
      position: QUESTIONS.length,
      educationPlan: null,
      restoreProblem: null,
    });
  });

  it('refuses a state from a newer version and keeps it aside', async () => {
    const raw = JSON.stringify({ state: { answers: { [first]: 3 } }, version: 7 });
    localStorage.setItem('careerfit:quiz', raw);
    const store = await loadStore();
    expect(store.getState()).toMatchObject({ answers: {}, restoreProblem: 'newer-version' });
    expect(localStorage.getItem('careerfit:quiz:newer')).toBe(raw);
  });
});
