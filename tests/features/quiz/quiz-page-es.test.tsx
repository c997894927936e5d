import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EDUCATION_QUESTION_BY_LOCALE } from '../../../src/content/education-question';
import { QUESTIONS_BY_LOCALE } from '../../../src/content/question-text';
import { SCALES_BY_LOCALE } from '../../../src/content/scales';
import { useLocaleStore } from '../../../src/i18n/locale-store';
import { useStore } from '../../../src/store/store';
import { renderApp } from '../render-app';

const en = QUESTIONS_BY_LOCALE.en;
const es = QUESTIONS_BY_LOCALE.es;
const total = en.length;
// Routes load lazily; on a busy machine the first render can take more than a second.
const slow = { timeout: 10_000 };

describe('QuizPage in Spanish', { timeout: 20_000 }, () => {
  beforeEach(() => useStore.getState().actions.restart());

  it('shows the Spanish question, answer labels, progress and page title', async () => {
    useLocaleStore.setState({ locale: 'es' });
    renderApp('/quiz');
    const group = await screen.findByRole('radiogroup', { name: es[0]!.text }, slow);
    expect(es[0]!.text).not.toBe(en[0]!.text);
    const scale = SCALES_BY_LOCALE.es[es[0]!.kind];
    expect(screen.getByText(scale.prompt)).toBeInTheDocument();
    for (const label of scale.labels)
      expect(within(group).getByRole('radio', { name: label })).toBeInTheDocument();
    expect(screen.getByText(`Pregunta 1 de ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progreso del cuestionario' })).toHaveAttribute(
      'aria-valuetext',
      `Pregunta 1 de ${total}`,
    );
    expect(screen.getByRole('region', { name: 'Cuestionario' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Saltar esta pregunta' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Empezar de nuevo' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`Pregunta 1 de ${total} — CareerFit`));
    expect(screen.queryByText(en[0]!.text)).not.toBeInTheDocument();
  });

  it('stores the same values as in English: ids and numbers, no words', async () => {
    useLocaleStore.setState({ locale: 'es' });
    renderApp('/quiz');
    const labels = SCALES_BY_LOCALE.es[es[0]!.kind].labels;
    await screen.findByRole('radiogroup', { name: es[0]!.text }, slow);
    await userEvent.click(screen.getByRole('radio', { name: labels[3] }));
    expect(useStore.getState().answers).toEqual({ [en[0]!.id]: 4 });
    await screen.findByRole('radiogroup', { name: es[1]!.text });
    await userEvent.keyboard('2');
    expect(useStore.getState().answers[en[1]!.id]).toBe(2);
    await userEvent.click(screen.getByRole('button', { name: 'Siguiente' }));
    await screen.findByRole('radiogroup', { name: es[2]!.text });
    expect(useStore.getState().position).toBe(2);
    const saved = localStorage.getItem('careerfit:quiz') ?? '';
    expect(saved).toContain(en[0]!.id);
    expect(saved).not.toContain(labels[3]);
    expect(saved).not.toContain(es[0]!.text);
  });

  it('answers the education step in Spanish with the same plan ids', async () => {
    for (const q of en) useStore.getState().actions.answerQuestion(q.id, 3);
    useStore.getState().actions.goTo(en.length);
    useLocaleStore.setState({ locale: 'es' });
    const { router } = renderApp('/quiz');
    const education = EDUCATION_QUESTION_BY_LOCALE.es;
    await screen.findByRole('radiogroup', { name: education.text }, slow);
    await userEvent.click(screen.getByRole('radio', { name: education.options[1]!.label }));
    expect(useStore.getState().educationPlan).toBe('associate');
    await userEvent.click(screen.getByRole('button', { name: 'Ver mis resultados' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/results'), slow);
  });

  it('keeps the answers and the current question when the language changes mid-quiz', async () => {
    renderApp('/quiz');
    await screen.findByRole('radiogroup', { name: en[0]!.text }, slow);
    await userEvent.keyboard('4');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('radiogroup', { name: en[1]!.text });
    await userEvent.keyboard('2');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('radiogroup', { name: en[2]!.text });

    const live = screen.getByText(`Question 3 of ${total}`);
    const switchButton = screen.getAllByRole('button', { name: 'Español' })[0]!;
    await userEvent.click(switchButton);

    expect(await screen.findByRole('radiogroup', { name: es[2]!.text })).toBeInTheDocument();
    // Same live region, new words; focus stays on the switch rather than jumping to the heading.
    expect(live).toHaveTextContent(`Pregunta 3 de ${total}`);
    expect(switchButton).toHaveFocus();
    expect(useStore.getState().position).toBe(2);
    expect(useStore.getState().answers).toEqual({ [en[0]!.id]: 4, [en[1]!.id]: 2 });

    await userEvent.click(screen.getByRole('button', { name: 'Atrás' }));
    const previous = await screen.findByRole('radiogroup', { name: es[1]!.text });
    const labels = SCALES_BY_LOCALE.es[es[1]!.kind].labels;
    expect(within(previous).getByRole('radio', { name: labels[1] })).toBeChecked();

    await userEvent.click(screen.getAllByRole('button', { name: 'English' })[0]!);
    expect(await screen.findByRole('radiogroup', { name: en[1]!.text })).toBeInTheDocument();
    expect(screen.getAllByRole('radio')[1]).toBeChecked();
    expect(useStore.getState().answers).toEqual({ [en[0]!.id]: 4, [en[1]!.id]: 2 });
  });

  it('shows the end-of-quiz screen in Spanish', async () => {
    useStore.getState().actions.goTo(en.length + 1);
    useLocaleStore.setState({ locale: 'es' });
    renderApp('/quiz');
    expect(
      await screen.findByRole('heading', { name: 'Llegaste al final del cuestionario' }, slow),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ver mis resultados' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Volver a la última pregunta' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Cuestionario terminado — CareerFit'));
  });
});
