import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { TRAIT_IDS } from '../../../src/domain';
import { useStore } from '../../../src/store/store';
import { renderApp } from '../render-app';
import { LAZY_ROUTE, PAGE_TEST } from './helpers';

const glance = () => screen.getByRole('table', { name: /side by side/ });

describe('ComparePage', PAGE_TEST, () => {
  beforeEach(() => useStore.getState().actions.restart());

  it('shows the two careers from the URL side by side', async () => {
    const { router } = renderApp('/careers/compare?a=medical-coder&b=pharmacy-technician');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Compare two careers' }, LAZY_ROUTE),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'First career' })).toHaveValue('medical-coder');
    expect(screen.getByRole('combobox', { name: 'Second career' })).toHaveValue(
      'pharmacy-technician',
    );
    expect(
      within(glance())
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Medical coder', 'Pharmacy technician']);
    expect(within(glance()).getByText(/\$40,300/)).toBeInTheDocument();
    expect(within(glance()).getByText(/May 2023/)).toBeInTheDocument();
    const traits = screen.getByRole('table', { name: /level each career needs on each trait/ });
    expect(within(traits).getAllByRole('row')).toHaveLength(TRAIT_IDS.length + 1);
    expect(screen.getByText(/O\*NET 29\.3 Database/)).toBeInTheDocument();
    expect(router.state.location.search).toBe('?a=medical-coder&b=pharmacy-technician');
  });

  it('falls back to records technician vs medical assistant for bad or missing ids', async () => {
    renderApp('/careers/compare?a=nope');
    await screen.findByRole('heading', { level: 1, name: 'Compare two careers' }, LAZY_ROUTE);
    expect(screen.getByRole('combobox', { name: 'First career' })).toHaveValue(
      'medical-records-technician',
    );
    expect(screen.getByRole('combobox', { name: 'Second career' })).toHaveValue(
      'medical-assistant',
    );
    expect(within(glance()).getAllByText('No verified figure')).toHaveLength(2);
  });

  it('updates the table and the URL when a different career is picked', async () => {
    const { router } = renderApp('/careers/compare');
    await screen.findByRole('heading', { level: 1, name: 'Compare two careers' }, LAZY_ROUTE);
    expect(within(glance()).queryByText(/\$110,680/)).not.toBeInTheDocument();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Second career' }),
      'Medical and health services manager',
    );
    expect(
      within(glance()).getByRole('columnheader', { name: 'Medical and health services manager' }),
    ).toBeInTheDocument();
    expect(within(glance()).getByText(/\$110,680/)).toBeInTheDocument();
    expect(router.state.location.search).toBe(
      '?a=medical-records-technician&b=health-services-manager',
    );
    expect(
      screen.getByRole('link', { name: 'Read about Medical and health services manager' }),
    ).toHaveAttribute('href', '/careers/health-services-manager');
  });
});
