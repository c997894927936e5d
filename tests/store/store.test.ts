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
    expect(saved).toMatchObject({
      state: { answers: { [first]: 5 }, position: 1, educationPlan: 'associate', clearedAt: 0 },
      version: 3,
    });
    expect(saved.state.stamps[first]).toBeGreaterThan(0);
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

describe('quiz store across tabs', () => {
  beforeEach(() => localStorage.clear());

  /** What another tab's store writes, as that tab would write it. */
  async function otherTabAnswers(answers: Record<string, number>) {
    const other = await loadStore();
    for (const [id, value] of Object.entries(answers))
      other.getState().actions.answerQuestion(id as typeof first, value as 1 | 2 | 3 | 4 | 5);
    return localStorage.getItem('careerfit:quiz');
  }

  it('a save never erases answers another tab saved meanwhile', async () => {
    const store = await loadStore();
    store.getState().actions.answerQuestion(first, 2);
    await otherTabAnswers({ [second]: 5 }); // saved after this tab loaded
    store.getState().actions.answerQuestion(first, 3);
    const saved = JSON.parse(localStorage.getItem('careerfit:quiz') ?? '{}');
    expect(saved.state.answers).toEqual({ [first]: 3, [second]: 5 });
  });

  it('answers given in another tab appear at once, keeping this tab’s place', async () => {
    const store = await loadStore();
    store.getState().actions.answerQuestion(first, 2);
    store.getState().actions.goNext();
    const mine = store.getState().stamps[first]!;
    const theirs = {
      state: {
        answers: { [first]: 2, [second]: 4 },
        position: 0,
        educationPlan: null,
        stamps: { [first]: mine, [second]: mine + 1 },
        clearedAt: 0,
      },
      version: 3,
    };
    const newValue = JSON.stringify(theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: 'careerfit:quiz', newValue }));
    expect(store.getState().answers).toEqual({ [first]: 2, [second]: 4 });
    expect(store.getState().position).toBe(1);
  });

  it('a start-over in another tab (the next student) clears this tab too', async () => {
    const store = await loadStore();
    store.getState().actions.answerQuestion(first, 2);
    store.getState().actions.goNext();
    const later = store.getState().stamps[first]! + 1;
    const newValue = JSON.stringify({
      state: { ...{ answers: {}, position: 0, educationPlan: null, stamps: {} }, clearedAt: later },
      version: 3,
    });
    window.dispatchEvent(new StorageEvent('storage', { key: 'careerfit:quiz', newValue }));
    expect(store.getState()).toMatchObject({ answers: {}, position: 0 });
  });

  it('tells the student at once when a save fails, and stops when saves work again', async () => {
    const store = await loadStore();
    const status = await import('../../src/store/save-status');
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.getState().actions.answerQuestion(first, 4);
    expect(status.quizSaveFailed()).toBe(true);
    expect(store.getState().answers[first]).toBe(4); // still in this tab
    setItem.mockRestore();
    store.getState().actions.answerQuestion(second, 2);
    expect(status.quizSaveFailed()).toBe(false);
    expect(JSON.parse(localStorage.getItem('careerfit:quiz') ?? '{}').state.answers).toEqual({
      [first]: 4,
      [second]: 2,
    });
  });
});
