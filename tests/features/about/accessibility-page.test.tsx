import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../src/i18n/locale-store';
import { renderApp } from '../render-app';

describe('AccessibilityPage', () => {
  it('states the target, how it was tested and how to report a problem', async () => {
    renderApp('/accessibility');
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility' })).toBeVisible();
    expect(screen.getByText(/WCAG\) 2\.2 at level AA/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How we test' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Tell us about a problem' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Accessibility' })).toHaveAttribute(
      'href',
      '/accessibility',
    );
  });

  it('reads in Spanish', async () => {
    useLocaleStore.setState({ locale: 'es' });
    renderApp('/accessibility');
    expect(await screen.findByRole('heading', { level: 1, name: 'Accesibilidad' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Avísanos de un problema' })).toBeInTheDocument();
  });
});
