import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../../src/content/questions';
import { useStore } from '../../../src/store/store';
import { renderApp } from '../render-app';

describe('LandingPage', () => {
  beforeEach(() => useStore.getState().actions.restart());

  it('says what it is, how long it takes and that answers stay on the device', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: /medical records/i }),
    ).toBeInTheDocument();
    expect(screen.getByText(/About \d+ minutes/)).toBeInTheDocument();
    expect(screen.getAllByText(/stay on this device/).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Start the quiz' })).toHaveAttribute('href', '/quiz');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      expect.arrayContaining(['Medical records technician', 'Pharmacy technician']),
    );
  });

  it('offers to continue, or to start over, when answers are saved', async () => {
    useStore.getState().actions.answerQuestion(QUESTIONS[0]!.id, 3);
    renderApp('/');
    expect(
      await screen.findByRole('link', { name: 'Continue where I left off' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument();
    expect(
      screen.getByText(`You've answered 1 of ${QUESTIONS.length} questions on this device.`),
    ).toBeInTheDocument();
  });

  it('goes straight to the results once every question is answered', async () => {
    for (const q of QUESTIONS) useStore.getState().actions.answerQuestion(q.id, 3);
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'See my results' })).toHaveAttribute(
      'href',
      '/results',
    );
  });
});

describe('LandingPage in Spanish', () => {
  beforeEach(() => useStore.getState().actions.restart());

  it('switches language from the header and updates <html lang>', async () => {
    const { default: userEvent } = await import('@testing-library/user-event');
    renderApp('/');
    await userEvent.click(await screen.findByRole('button', { name: /Español/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /registros médicos/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Empezar el cuestionario' })).toBeInTheDocument();
    expect(screen.getByText('Técnico/a de farmacia')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem('careerfit:lang')).toBe('es');
    await userEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByRole('link', { name: 'Start the quiz' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
