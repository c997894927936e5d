import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../../src/store/store';
import { PERSONAS } from '../../personas';
import { renderApp } from '../render-app';
import { LAZY_ROUTE, PAGE_TEST, answerAs } from './helpers';

describe('CareerPage', PAGE_TEST, () => {
  beforeEach(() => useStore.getState().actions.restart());

  it('shows duties, traits, education, pay with its year, attribution and a quiz link', async () => {
    renderApp('/careers/medical-records-technician');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Medical records technician' },
        LAZY_ROUTE,
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const duties = screen.getByRole('region', { name: 'What they do' });
    expect(within(duties).getByText(/Check patient records for mistakes/)).toBeInTheDocument();
    const traits = screen.getByRole('region', { name: 'What matters in this job' });
    expect(within(traits).getByText('Attention to detail.')).toBeInTheDocument();
    expect(within(traits).getByRole('table', { name: /Essential traits/ })).toBeInTheDocument();
    const education = screen.getByRole('region', { name: 'Education and credentials' });
    expect(within(education).getByText(/postsecondary certificate/)).toBeInTheDocument();
    expect(within(education).getByText('RHIT')).toBeInTheDocument();
    const pay = screen.getByRole('region', { name: 'Pay and job outlook' });
    expect(within(pay).getByText(/\$40,350/)).toBeInTheDocument();
    expect(within(pay).getByText(/May 2018/)).toBeInTheDocument();
    expect(within(pay).getByText(/2018–28/)).toBeInTheDocument();
    expect(screen.getByText(/O\*NET 29\.3 Database/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the quiz' })).toHaveAttribute('href', '/quiz');
    expect(screen.queryByRole('heading', { name: 'See how you match' })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Medical records technician — CareerFit'));
  });

  it('links similar careers, and an alternate says how it differs from records work', async () => {
    renderApp('/careers/medical-assistant');
    await screen.findByRole('heading', { level: 1, name: 'Medical assistant' }, LAZY_ROUTE);
    expect(
      screen.getByRole('heading', { name: 'How it differs from a medical records technician' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('No verified figure')).toHaveLength(2);
    const similar = screen.getByRole('region', { name: 'Similar careers' });
    expect(
      within(similar)
        .getAllByRole('link', { name: /^Read about/ })
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/careers/medical-records-technician', '/careers/pharmacy-technician']);
    await userEvent.click(
      within(similar).getByRole('link', { name: 'Read about Pharmacy technician' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pharmacy technician' }, LAZY_ROUTE),
    ).toBeInTheDocument();
  });

  it('shows how the student matches once there are answers', async () => {
    answerAs(PERSONAS.coder);
    renderApp('/careers/medical-coder');
    const match = await screen.findByRole('region', { name: 'See how you match' }, LAZY_ROUTE);
    expect(within(match).getByText(/^\d{1,3}$/, { selector: '.career-fit-score' })).toBeVisible();
    expect(within(match).getByText(/out of 100/)).toBeInTheDocument();
    expect(within(match).getByText(/Strong fit|Good fit|Worth exploring/)).toBeInTheDocument();
    expect(within(match).getByRole('link', { name: 'See your full results' })).toHaveAttribute(
      'href',
      '/results',
    );
    expect(screen.queryByRole('link', { name: 'Take the quiz' })).not.toBeInTheDocument();
  });

  it('gives a friendly message, not a crash, for an unknown career', async () => {
    renderApp('/careers/astronaut');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: "We can't find that career" },
        LAZY_ROUTE,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all careers' })).toHaveAttribute(
      'href',
      '/careers',
    );
  });
});
