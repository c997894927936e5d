import { defineMessages } from '../i18n';

export const errorMessages = defineMessages({
  en: {
    title: 'Something went wrong — CareerFit',
    offlineHeading: 'This page did not load',
    heading: 'Something went wrong on this page',
    offlineBody:
      'Part of CareerFit could not be downloaded. Check your internet connection, then try again.',
    body: 'Sorry about that. Your answers are still saved on this device.',
    status: (status: number) => ` (Error ${status}.)`,
    retry: 'Try again',
    reloading: 'Loading the newest version of CareerFit…',
    home: 'Go to the start page',
  },
  es: {
    title: 'Algo salió mal — CareerFit',
    offlineHeading: 'Esta página no cargó',
    heading: 'Algo salió mal en esta página',
    offlineBody:
      'No se pudo descargar una parte de CareerFit. Revisa tu conexión a internet y vuelve a intentarlo.',
    body: 'Lo sentimos. Tus respuestas siguen guardadas en este dispositivo.',
    status: (status: number) => ` (Error ${status}.)`,
    retry: 'Intentar de nuevo',
    reloading: 'Cargando la versión más nueva de CareerFit…',
    home: 'Ir a la página de inicio',
  },
});
