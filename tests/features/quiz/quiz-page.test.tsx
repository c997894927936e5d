import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../../src/content/questions';
import { useStore } from '../../../src/store/store';
import { renderApp } from '../render-app';

const first = QUESTIONS[0]!;
const second = QUESTIONS[1]!;

describe('QuizPage', () => {
  beforeEach(() => useStore.getState().actions.restart());

  it('shows the first question as a named radio group with progress', async () => {
    renderApp('/quiz');
    expect(await screen.findByRole('radiogroup', { name: first.text })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute(
      'aria-valuenow',
      '1',
    );
    expect(screen.getByText(`Question 1 of ${QUESTIONS.length}`)).toBeInTheDocument();
    await waitFor(() =>
      expect(document.title).toBe(`Question 1 of ${QUESTIONS.length} — CareerFit`),
    );
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: first.text })).toHaveFocus(),
    );
  });

  it('saves an answer at once and moves on after a tap', async () => {
    renderApp('/quiz');
    const group = await screen.findByRole('radiogroup', { name: first.text });
    await userEvent.click(group.querySelectorAll('input')[3]!);
    expect(useStore.getState().answers[first.id]).toBe(4);
    expect(await screen.findByRole('radiogroup', { name: second.text })).toBeInTheDocument();
  });

  it('answers with number keys and goes on with Next, back with Back', async () => {
    renderApp('/quiz');
    await screen.findByRole('radiogroup', { name: first.text });
    await userEvent.keyboard('2');
    expect(useStore.getState().answers[first.id]).toBe(2);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('radiogroup', { name: second.text })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: second.text })).toHaveFocus(),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('radiogroup', { name: first.text });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: first.text })).toHaveFocus(),
    );
    expect(screen.getAllByRole('radio')[1]).toBeChecked();
  });

  it('shows the step it opened on at once and slides later steps in from their side', async () => {
    renderApp('/quiz');
    const step = (name: string) =>
      screen.getByRole('radiogroup', { name }).closest('.question-step');
    await screen.findByRole('radiogroup', { name: first.text });
    expect(step(first.text)).not.toHaveAttribute('data-enter');
    await userEvent.keyboard('3');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('radiogroup', { name: second.text });
    expect(step(second.text)).toHaveAttribute('data-enter', 'forward');
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('radiogroup', { name: first.text });
    expect(step(first.text)).toHaveAttribute('data-enter', 'back');
  });

  it('announces progress politely from one live region that stays in place', async () => {
    renderApp('/quiz');
    await screen.findByRole('radiogroup', { name: first.text });
    const live = screen.getByText(`Question 1 of ${QUESTIONS.length}`);
    expect(live).toHaveAttribute('aria-live', 'polite');
    await userEvent.click(screen.getByRole('button', { name: 'Skip this one' }));
    await screen.findByRole('radiogroup', { name: second.text });
    expect(live).toBeInTheDocument();
    expect(live).toHaveTextContent(`Question 2 of ${QUESTIONS.length}`);
  });

  it('offers to skip an unanswered question', async () => {
    renderApp('/quiz');
    await screen.findByRole('radiogroup', { name: first.text });
    await userEvent.click(screen.getByRole('button', { name: 'Skip this one' }));
    await screen.findByRole('radiogroup', { name: second.text });
    expect(useStore.getState().answers[first.id]).toBeUndefined();
  });

  it('asks before starting over, and keeps answers when the student says no', async () => {
    useStore.getState().actions.answerQuestion(first.id, 5);
    useStore.getState().actions.goTo(1);
    renderApp('/quiz');
    await screen.findByRole('radiogroup', { name: second.text });
    await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(useStore.getState().answers[first.id]).toBe(5);
    await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, start over' }));
    await waitFor(() => expect(useStore.getState().answers).toEqual({}));
  });

  it('asks about education after the last trait question, then goes to the results', async () => {
    for (const q of QUESTIONS) useStore.getState().actions.answerQuestion(q.id, 3);
    useStore.getState().actions.goTo(QUESTIONS.length - 1);
    const { router } = renderApp('/quiz');
    await screen.findByRole('radiogroup', { name: QUESTIONS[QUESTIONS.length - 1]!.text });
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    const group = await screen.findByRole('radiogroup', {
      name: 'How long do you want to study after high school?',
    });
    // Not counted as a question: the landing page promises QUESTIONS.length of those.
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Almost done');
    expect(screen.queryByText(/^Question \d+ of/)).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Almost done — CareerFit'));
    await userEvent.keyboard('5'); // only four choices: ignored
    expect(useStore.getState().educationPlan).toBeNull();
    await userEvent.keyboard('2');
    expect(useStore.getState().educationPlan).toBe('associate');
    expect(group.querySelectorAll('input')[1]).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'See my results' }));
    // The results route loads lazily; on a busy machine that takes more than a second.
    await waitFor(() => expect(router.state.location.pathname).toBe('/results'), {
      timeout: 10_000,
    });
    // A friendly finish, said once on arrival; a link straight to the results does not say it.
    expect(await screen.findByText('All done. Nice work!', {}, { timeout: 10_000 })).toBeVisible();
    await router.navigate('/careers');
    const careers = await screen.findByRole(
      'heading',
      { level: 1, name: /careers to explore/ },
      { timeout: 10_000 },
    );
    await router.navigate('/results');
    await waitFor(() => expect(careers).not.toBeInTheDocument());
    await screen.findByRole('button', { name: 'Print' });
    expect(screen.queryByText('All done. Nice work!')).not.toBeInTheDocument();
  }, 20_000);

  it('says "halfway there" beside the count on the question after the first half, only there', async () => {
    const half = QUESTIONS.length / 2;
    useStore.getState().actions.goTo(half - 1);
    renderApp('/quiz');
    await screen.findByRole('radiogroup', { name: QUESTIONS[half - 1]!.text });
    expect(screen.queryByText(/Halfway there/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Skip this one' }));
    await screen.findByRole('radiogroup', { name: QUESTIONS[half]!.text });
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      `Question ${half + 1} of ${QUESTIONS.length} · Halfway there!`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skip this one' }));
    await screen.findByRole('radiogroup', { name: QUESTIONS[half + 1]!.text });
    expect(screen.queryByText(/Halfway there/)).not.toBeInTheDocument();
  });
});
