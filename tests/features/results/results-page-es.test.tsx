import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeShareCode, recommend } from '../../../src/domain';
import { CONTENT_VERSION, QUESTION_SETS } from '../../../src/content/question-sets';
import { QUESTIONS } from '../../../src/content/questions';
import { questionText } from '../../../src/content/question-text';
import { SCALES_BY_LOCALE } from '../../../src/content/scales';
import { formatters } from '../../../src/i18n/format';
import { useLocaleStore } from '../../../src/i18n/locale-store';
import { useStore } from '../../../src/store/store';
import { PERSONAS, answersFor } from '../../personas';
import { renderApp } from '../render-app';
import { SECTION_IDS } from '../../../src/features/results/use-open-sections';

// Routes load lazily; on a busy machine the first render can take more than a second.
const slow = { timeout: 10_000 };
// Every section open, as the address carries it (`?open=…`).
const ALL_OPEN = `/results?open=${SECTION_IDS.join(',')}`;

function answerAs(persona: (typeof PERSONAS)[keyof typeof PERSONAS]) {
  const { answerQuestion, goTo } = useStore.getState().actions;
  const answers = answersFor(persona, QUESTIONS);
  for (const [id, value] of Object.entries(answers)) answerQuestion(id as `q-${string}`, value!);
  goTo(QUESTIONS.length);
  return answers;
}

describe('ResultsPage in Spanish', () => {
  beforeEach(() => {
    useStore.getState().actions.restart();
    useLocaleStore.setState({ locale: 'es' });
  });

  it('asks for answers first, in Spanish', async () => {
    renderApp('/results');
    expect(
      await screen.findByRole('heading', { name: 'Todavía no hay resultados' }, slow),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hacer el cuestionario' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Resultados — CareerFit'));
  });

  it('shows the headline, band, why sentence, quoted Spanish answers, confidence and chart', async () => {
    const answers = answerAs(PERSONAS.recordsTech);
    const result = recommend(QUESTIONS, answers);
    renderApp(ALL_OPEN);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Técnico/a de registros médicos' },
        slow,
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(document.title).toBe('Tu resultado: Técnico/a de registros médicos — CareerFit'),
    );
    expect(
      screen.getByText(/^(Muy compatible|Compatible|Vale la pena explorar)$/, {
        selector: '.result-hero .band',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Tus respuestas muestran que .+ del trabajo de técnico\/a de registros médicos\.$/,
        {
          selector: '.lead',
        },
      ),
    ).toBeInTheDocument();

    // The why-list quotes the student's answer and the question in Spanish.
    const why = screen.getByRole('region', { name: 'Por qué esta carrera' });
    const evidence = result.strengths.find((s) => s.evidence)!.evidence!;
    const question = QUESTIONS.find((q) => q.id === evidence.questionId)!;
    const answer = SCALES_BY_LOCALE.es[question.kind].labels[evidence.value - 1];
    expect(questionText(question, 'es')).not.toBe(question.text);
    expect(
      within(why).getByText(`Respondiste “${answer}” a “${questionText(question, 'es')}”`),
    ).toBeInTheDocument();
    expect(within(why).queryByText(/You answered/)).not.toBeInTheDocument();

    expect(
      screen.getByRole('heading', { name: '¿Qué tan seguro es este resultado?' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Confianza (alta|media|baja):/, { selector: '.confidence-headline' }),
    ).toBeInTheDocument();

    const ranking = screen.getByRole('region', {
      name: 'Las ocho carreras, de la más compatible a la menos',
    });
    expect(within(ranking).getAllByRole('listitem')).toHaveLength(8);
    expect(within(ranking).getAllByRole('listitem')[0]).toHaveTextContent(
      'Técnico/a de registros médicos',
    );

    const table = screen.getByRole('table', {
      name: 'Tu puntaje en cada rasgo junto al nivel que necesita el trabajo de técnico/a de registros médicos',
    });
    expect(within(table).getByRole('columnheader', { name: 'Rasgo' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: /^Organización/ })).toBeInTheDocument();

    const facts = screen.getByRole('region', {
      name: 'Sobre el trabajo: Técnico/a de registros médicos',
    });
    expect(within(facts).getByText('$40,350 al año (mediana)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Próximos pasos' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copiar enlace' })).toBeInTheDocument();
    expect(screen.getByLabelText('Enlace a este resultado')).toBeInTheDocument();

    // The print header (paper only) carries the date the Spanish way.
    expect(screen.getByText(formatters('es').date(new Date()))).toBeInTheDocument();
    expect(screen.getByText('Resultados de CareerFit')).toBeInTheDocument();
  });

  it('explains a career on demand in Spanish', async () => {
    answerAs(PERSONAS.assistant);
    renderApp(ALL_OPEN);
    const summaries = await screen.findAllByText(
      /¿Por qué esta compatibilidad/,
      { selector: 'summary' },
      slow,
    );
    expect(summaries).toHaveLength(8);
    const coder = screen
      .getByLabelText('¿Por qué esta compatibilidad con Codificador/a médico/a?')
      .closest('details')!;
    await userEvent.click(coder.querySelector('summary')!);
    expect(within(coder).getByText('Lo que la subió:')).toBeInTheDocument();
    expect(
      within(coder).getByText(
        'Para que la carrera de codificador/a médico/a quede en primer lugar',
      ),
    ).toBeInTheDocument();
    expect(within(coder).getAllByRole('listitem')[0]).toHaveTextContent(/: (más|menos) \(/);
  });

  it('says what low confidence means and what to do, in Spanish', async () => {
    const { answerQuestion, goTo } = useStore.getState().actions;
    for (const q of QUESTIONS) answerQuestion(q.id, 5);
    goTo(QUESTIONS.length);
    renderApp('/results');
    expect(await screen.findByText(/^Confianza baja:/, {}, slow)).toBeInTheDocument();
    expect(
      screen.getByText('Diste casi la misma respuesta a todas las preguntas.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/habla de tu resultado con tu consejero o consejera escolar/),
    ).toBeInTheDocument();
  });
});

describe('Shared result in Spanish', () => {
  beforeEach(() => useLocaleStore.setState({ locale: 'es' }));

  it('opens a shared link with a Spanish banner and headline', async () => {
    const answers = answersFor(PERSONAS.assistant, QUESTIONS);
    const code = encodeShareCode(
      { answers, educationPlan: null, group: null },
      QUESTION_SETS,
      CONTENT_VERSION,
    );
    renderApp(`/r/${code}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Asistente médico/a' }, slow),
    ).toBeInTheDocument();
    expect(screen.getByText('Alguien compartió este resultado contigo.')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Haz tú el cuestionario' }).length).toBeGreaterThan(
      0,
    );
    await waitFor(() =>
      expect(document.title).toBe('Resultado compartido: Asistente médico/a — CareerFit'),
    );
  });

  it('explains a broken link in Spanish', async () => {
    renderApp('/r/not-a-real-code');
    expect(
      await screen.findByRole('heading', { name: 'No podemos abrir este resultado' }, slow),
    ).toBeInTheDocument();
    expect(screen.getByText(/Pide el enlace otra vez/)).toBeInTheDocument();
  });

  it('writes sources in Spanish and each credential once, with no parentheses inside parentheses', async () => {
    answerAs(PERSONAS.coder);
    renderApp(ALL_OPEN);
    await screen.findByRole('heading', { level: 1, name: 'Codificador/a médico/a' }, slow);
    expect(
      screen.getByText(/^Sueldo y perspectivas de empleo: Oficina de Estadísticas Laborales/),
    ).toBeVisible();
    expect(screen.queryByText(/U\.S\. Bureau of Labor Statistics/)).not.toBeInTheDocument();
    expect(screen.queryByText(/This app includes information/)).not.toBeInTheDocument();
    const text = document.querySelector('.results')!.textContent!;
    expect(text).toContain('CCA: Certified Coding Associate (asociado/a certificado/a');
    expect(text).not.toMatch(/\([^()]*\(/);
  });
});
