import { defineMessages } from '../i18n';

export const layoutMessages = defineMessages({
  en: {
    skip: 'Skip to content',
    home: 'CareerFit home',
    siteNav: 'Site',
    explore: 'Explore careers',
    footer: 'Your answers stay on this device. CareerFit sends nothing anywhere.',
    forOrg: (org: string) => `CareerFit for ${org}`,
    footerNav: 'More',
    counselors: 'For counselors',
    embed: 'Add CareerFit to a school website',
    accessibility: 'Accessibility',
  },
  es: {
    skip: 'Ir al contenido',
    home: 'Inicio de CareerFit',
    siteNav: 'Sitio',
    explore: 'Explorar carreras',
    footer: 'Tus respuestas se quedan en este dispositivo. CareerFit no envía nada a ningún lado.',
    forOrg: (org: string) => `CareerFit para ${org}`,
    footerNav: 'Más',
    counselors: 'Para consejería escolar',
    embed: 'Agregar CareerFit al sitio web de una escuela',
    accessibility: 'Accesibilidad',
  },
});
