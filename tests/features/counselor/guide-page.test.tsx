import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DISCUSSION_GUIDE } from '../../../src/content/discussion-guide';
import { useLocaleStore } from '../../../src/i18n/locale-store';
import { renderApp } from '../render-app';

const slow = { timeout: 10_000 };

describe('counselor home and discussion guide', () => {
  it('home explains sessions and links to setup, dashboard and guide', async () => {
    renderApp('/counselor');
    await screen.findByRole('heading', { level: 1, name: 'For counselors' }, slow);
    expect(screen.getByText(/Nothing is sent anywhere/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set up a session' })).toHaveAttribute(
      'href',
      '/counselor/session',
    );
    expect(screen.getByRole('link', { name: 'Counselor dashboard' })).toHaveAttribute(
      'href',
      '/counselor/dashboard',
    );
  });

  it('guide lists points and questions for each career, and jumps to one', async () => {
    const user = userEvent.setup();
    renderApp('/counselor/guide');
    await screen.findByRole('heading', { level: 1, name: 'Discussion guide' }, slow);
    const section = screen.getByRole('region', { name: 'Medical coder' });
    const [points, questions] = within(section).getAllByRole('list');
    expect(
      within(points!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(DISCUSSION_GUIDE.en['medical-coder'].points);
    expect(within(questions!).getAllByRole('listitem')).toHaveLength(
      DISCUSSION_GUIDE.en['medical-coder'].questions.length,
    );
    const nav = screen.getByRole('navigation', { name: 'Careers' });
    await user.click(within(nav).getByRole('link', { name: 'Medical coder' }));
    expect(section).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Print the guide' })).toBeInTheDocument();
  });

  it('guide in Spanish', async () => {
    useLocaleStore.setState({ locale: 'es' });
    renderApp('/counselor/guide');
    await screen.findByRole('heading', { level: 1, name: 'Guía para conversar' }, slow);
    const section = screen.getByRole('region', { name: 'Codificador/a médico/a' });
    expect(
      within(section).getByText(DISCUSSION_GUIDE.es['medical-coder'].points[0]!),
    ).toBeVisible();
  });
});
