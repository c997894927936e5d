import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../features/render-app';

const slow = { timeout: 10_000 };

describe('Layout', () => {
  it('shows the footer links away from the quiz', async () => {
    renderApp('/');
    const more = await screen.findByRole('navigation', { name: 'More' }, slow);
    expect(more).toContainElement(screen.getByRole('link', { name: 'For counselors' }));
  });

  it('leaves only the privacy sentence under a question', async () => {
    renderApp('/quiz');
    await screen.findByRole('progressbar', {}, slow);
    expect(screen.queryByRole('navigation', { name: 'More' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'For counselors' })).not.toBeInTheDocument();
    expect(screen.getByText(/CareerFit sends nothing anywhere/)).toBeInTheDocument();
  });
});
