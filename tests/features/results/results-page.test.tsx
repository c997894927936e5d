import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../../src/content/questions';
import { TRAIT_IDS } from '../../../src/domain';
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
  for (const [id, value] of Object.entries(answersFor(persona, QUESTIONS)))
    answerQuestion(id as `q-${string}`, value!);
  goTo(QUESTIONS.length);
}

describe('ResultsPage', () => {
  beforeEach(() => useStore.getState().actions.restart());

  it('asks for answers first when there are none', async () => {
    renderApp('/results');
    expect(
      await screen.findByRole('heading', { name: 'No results yet' }, slow),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the quiz' })).toBeInTheDocument();
  });

  it('shows the recommendation, band, reasons, confidence, ranking, chart and facts', async () => {
    answerAs(PERSONAS.assistant);
    renderApp(ALL_OPEN);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Medical assistant' }, slow),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Strong fit|Good fit|Worth exploring/, { selector: '.result-hero .band' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/How it differs from a medical records technician/),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How sure is this?' })).toBeInTheDocument();
    expect(
      screen.getByText(/confidence/i, { selector: '.confidence-headline' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Why this career' })).toBeInTheDocument();
    const ranking = screen.getByRole('region', { name: 'All eight careers, best fit first' });
    expect(within(ranking).getAllByRole('listitem')).toHaveLength(8);
    expect(within(ranking).getAllByRole('listitem')[0]).toHaveTextContent('Medical assistant');
    expect(screen.getByRole('table', { name: /Your score on each trait/ })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(TRAIT_IDS.length + 1);
    expect(
      screen.getByRole('heading', { name: 'About the job: Medical assistant' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/O\*NET 29\.3 Database/)).toBeInTheDocument();
  });

  it('explains any career on demand, with what would make it rank first', async () => {
    answerAs(PERSONAS.assistant);
    renderApp(ALL_OPEN);
    const summaries = await screen.findAllByText(/Why this score/, { selector: 'summary' }, slow);
    expect(summaries).toHaveLength(8);
    const coder = screen.getByLabelText('Why this score for Medical coder?').closest('details');
    expect(coder).not.toBeNull();
    await userEvent.click(coder!.querySelector('summary')!);
    expect(within(coder!).getByText(/Raised the fit:/)).toBeInTheDocument();
    expect(within(coder!).getByText(/For medical coder to come out on top/)).toBeInTheDocument();
    expect(within(coder!).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('flags straight-lined answers as low confidence and says what to do', async () => {
    const { answerQuestion, goTo } = useStore.getState().actions;
    for (const q of QUESTIONS) answerQuestion(q.id, 5);
    goTo(QUESTIONS.length);
    renderApp('/results');
    expect(await screen.findByText(/Low confidence/, {}, slow)).toBeInTheDocument();
    expect(screen.getByText(/almost the same answer to every question/)).toBeInTheDocument();
    expect(screen.getByText(/talk your result over with a school counselor/)).toBeInTheDocument();
  });
});
