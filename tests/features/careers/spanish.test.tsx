import { screen, within, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { CAREER_TITLES } from '../../../src/content/career-titles';
import { careerFactsFor } from '../../../src/features/careers/career-facts-by-id';
import { useLocaleStore } from '../../../src/i18n/locale-store';
import { useStore } from '../../../src/store/store';
import { renderApp } from '../render-app';
import { LAZY_ROUTE, PAGE_TEST } from './helpers';

const ES = CAREER_TITLES.es;

describe('career explorer in Spanish', PAGE_TEST, () => {
  beforeEach(() => {
    useStore.getState().actions.restart();
    useLocaleStore.setState({ locale: 'es' });
  });

  it('shows a career page with Spanish headings, duties and pay written for es-US', async () => {
    renderApp('/careers/medical-records-technician');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: ES['medical-records-technician'] },
        LAZY_ROUTE,
      ),
    ).toBeInTheDocument();
    const duties = screen.getByRole('region', { name: 'Qué hacen' });
    const firstDuty = careerFactsFor('medical-records-technician', 'es').duties[0] ?? '';
    expect(within(duties).getByText(firstDuty)).toBeInTheDocument();
    const pay = screen.getByRole('region', { name: 'Sueldo y futuro del trabajo' });
    expect(within(pay).getByText('$40,350 al año (mediana)')).toBeInTheDocument();
    expect(within(pay).getByText(/^mayo de 2018 ·/)).toBeInTheDocument();
    expect(
      within(pay).getByText('+11% (crece mucho más rápido que el promedio)'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hacer el cuestionario' })).toHaveAttribute(
      'href',
      '/quiz',
    );
    const sources = screen.getByRole('region', { name: 'De dónde salen estos datos' });
    expect(within(sources).getAllByText('Cita del artículo (en inglés):').length).toBeGreaterThan(
      0,
    );
    await waitFor(() =>
      expect(document.title).toBe(`${ES['medical-records-technician']} — CareerFit`),
    );
  });

  it('lists the careers with Spanish groups and links', async () => {
    renderApp('/careers');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Ocho carreras de salud para explorar' },
        LAZY_ROUTE,
      ),
    ).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: /^Leer sobre / });
    expect(links).toHaveLength(8);
    expect(links[0]).toHaveAccessibleName(`Leer sobre ${ES['medical-records-technician']}`);
    const related = screen.getByRole('region', { name: 'Carreras relacionadas' });
    expect(within(related).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByRole('link', { name: 'Comparar dos carreras' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Explorar carreras — CareerFit'));
  });

  it('compares two careers with Spanish labels, tables and figures', async () => {
    renderApp('/careers/compare?a=medical-coder&b=health-services-manager');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Comparar dos carreras' }, LAZY_ROUTE),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Primera carrera' })).toHaveValue('medical-coder');
    const glance = screen.getByRole('table', { name: /lado a lado/ });
    expect(
      within(glance)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([ES['medical-coder'], ES['health-services-manager']]);
    expect(within(glance).getByText('$110,680 al año (mediana)')).toBeInTheDocument();
    expect(within(glance).getByRole('rowheader', { name: 'Sueldo' })).toBeInTheDocument();
    const traits = screen.getByRole('table', { name: /nivel que necesita cada carrera/ });
    expect(
      within(traits).getByRole('rowheader', { name: 'Atención a los detalles' }),
    ).toBeVisible();
    expect(within(traits).getAllByText('Esencial').length).toBeGreaterThan(0);
  });
});
