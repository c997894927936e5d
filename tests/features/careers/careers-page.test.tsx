import { screen, within, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../../src/store/store';
import { renderApp } from '../render-app';
import { LAZY_ROUTE, PAGE_TEST } from './helpers';

describe('CareersPage', PAGE_TEST, () => {
  beforeEach(() => useStore.getState().actions.restart());

  it('lists all eight careers in three groups, records family first', async () => {
    renderApp('/careers');
    expect(
      await screen.findByRole('heading', { level: 1, name: /careers to explore/ }, LAZY_ROUTE),
    ).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: /^Read about / });
    expect(links).toHaveLength(8);
    expect(links[0]).toHaveAccessibleName('Read about Medical records technician');
    expect(links[0]).toHaveAttribute('href', '/careers/medical-records-technician');
    const records = screen.getByRole('region', {
      name: 'Medical records technician and its specializations',
    });
    expect(within(records).getAllByRole('listitem')).toHaveLength(3);
    const growth = screen.getByRole('region', { name: 'Growth path' });
    expect(within(growth).getByText('Medical and health services manager')).toBeInTheDocument();
    const related = screen.getByRole('region', { name: 'Related careers' });
    expect(within(related).getAllByRole('listitem')).toHaveLength(4);
    expect(within(records).getAllByText('Training program after high school')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Compare two careers' })).toHaveAttribute(
      'href',
      '/careers/compare?a=medical-records-technician&b=medical-assistant',
    );
    await waitFor(() => expect(document.title).toBe('Explore careers — CareerFit'));
  });

  it('is linked from the site header', async () => {
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Site' }, LAZY_ROUTE);
    expect(within(nav).getByRole('link', { name: 'Explore careers' })).toHaveAttribute(
      'href',
      '/careers',
    );
  });
});
