import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTIONS } from '../../../src/content/questions';
import { SECTION_IDS, parseOpenSections } from '../../../src/features/results/use-open-sections';
import { useStore } from '../../../src/store/store';
import { PERSONAS, answersFor } from '../../personas';
import { renderApp } from '../render-app';

const slow = { timeout: 10_000 };

function answerAsCoder() {
  const { answerQuestion, goTo } = useStore.getState().actions;
  for (const [id, value] of Object.entries(answersFor(PERSONAS.coder, QUESTIONS)))
    answerQuestion(id as `q-${string}`, value!);
  goTo(QUESTIONS.length);
}

const toggle = (name: string | RegExp) => screen.getByRole('button', { name });

describe('parseOpenSections', () => {
  it.each([
    [null, []],
    ['', []],
    ['why', ['why']],
    ['careers,why,why', ['why', 'careers']],
    [' job , sources ', ['job', 'sources']],
    ['<script>,constructor,__proto__', []],
  ])('%j → %j (known ids only, page order)', (value, expected) => {
    expect([...parseOpenSections(value)]).toEqual(expected);
  });
});

describe('Results sections', () => {
  beforeEach(() => {
    useStore.getState().actions.restart();
    answerAsCoder();
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the answer first and keeps every section closed until asked', async () => {
    renderApp('/results');
    const hero = await screen.findByRole('region', { name: 'Medical coder' }, slow);
    expect(within(hero).getByText(/Strong fit|Good fit|Worth exploring/)).toBeInTheDocument();
    expect(within(hero).getByText('/ 100')).toBeInTheDocument();
    expect(within(hero).getByText(/confidence:/)).toBeInTheDocument();
    expect(within(hero).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(within(hero).getByRole('button', { name: 'Print' })).toBeInTheDocument();
    for (const id of SECTION_IDS) {
      const button = document.querySelector(`#${id}-title button`);
      expect(button, id).toHaveAttribute('aria-expanded', 'false');
    }
    expect(screen.queryByRole('link', { name: 'Medical assistant' })).not.toBeInTheDocument();
  });

  it('opens and closes a section from the keyboard, with its state in the address', async () => {
    const { router } = renderApp('/results');
    const careers = await screen.findByRole(
      'button',
      { name: 'All eight careers, best fit first' },
      slow,
    );
    careers.focus();
    await userEvent.keyboard('{Enter}');
    expect(careers).toHaveAttribute('aria-expanded', 'true');
    expect(router.state.location.search).toBe('?open=careers');
    expect(screen.getByRole('link', { name: 'Medical assistant' })).toBeVisible();

    await userEvent.tab();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard(' ');
    expect(careers).toHaveAttribute('aria-expanded', 'false');
    expect(router.state.location.search).toBe('');
  });

  it('opens the sections its address names, and ignores names it does not know', async () => {
    renderApp('/results?open=job,nonsense');
    const job = await screen.findByRole('button', { name: 'About the job: Medical coder' }, slow);
    expect(job).toHaveAttribute('aria-expanded', 'true');
    expect(toggle('Why this career')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('What you’d do')).toBeVisible();
  });

  it('opens and closes every section at once', async () => {
    const { router } = renderApp('/results');
    await userEvent.click(await screen.findByRole('button', { name: 'Open every section' }, slow));
    for (const id of SECTION_IDS)
      expect(document.querySelector(`#${id}-title button`), id).toHaveAttribute(
        'aria-expanded',
        'true',
      );
    expect(router.state.location.search).toBe(`?open=${SECTION_IDS.join('%2C')}`);
    await userEvent.click(toggle('Close every section'));
    expect(router.state.location.search).toBe('');
  });

  it('opens the link field when copying fails, so the link can be copied by hand', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp('/results');
    await userEvent.click(await screen.findByRole('button', { name: 'Copy link' }, slow));
    expect(await screen.findByText(/Copy did not work/)).toBeInTheDocument();
    await waitFor(() =>
      expect(toggle('Link and name for the printout')).toHaveAttribute('aria-expanded', 'true'),
    );
    expect(screen.getByLabelText('Link to this result')).toBeVisible();
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('#/r/'));
  });

  it('dates each figure, says when it is older, and links to the current BLS page', async () => {
    renderApp('/results?open=job,sources');
    const pay = (await screen.findByText('Pay', {}, slow)).closest('.fact')!;
    expect(pay).toHaveTextContent(/\(May 2018\)/);
    expect(within(pay as HTMLElement).getByText(/^Older figure:/)).toBeVisible();
    const link = screen.getByRole('link', { name: /See today’s pay and job outlook/ });
    expect(link).toHaveAttribute(
      'href',
      'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm',
    );
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(
      screen.getByText(/^Pay and job outlook: U\.S\. Bureau of Labor Statistics/),
    ).toBeVisible();
  });
});
