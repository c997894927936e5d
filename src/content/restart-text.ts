import type { Localized } from '../domain/locale';

interface RestartText {
  label: string;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  body: (answered: number) => string;
}

/** Wording for "Start over", shared by every screen that offers it. */
export const RESTART_TEXT_BY_LOCALE: Localized<RestartText> = {
  en: {
    label: 'Start over',
    title: 'Start over?',
    confirmLabel: 'Yes, start over',
    cancelLabel: 'Keep my answers',
    body: (answered) =>
      `This clears your ${answered} ${answered === 1 ? 'answer' : 'answers'} on this device. You can't undo it.`,
  },
  es: {
    label: 'Empezar de nuevo',
    title: '¿Empezar de nuevo?',
    confirmLabel: 'Sí, empezar de nuevo',
    cancelLabel: 'Conservar mis respuestas',
    body: (answered) =>
      `Esto borra ${answered === 1 ? 'tu respuesta' : `tus ${answered} respuestas`} en este dispositivo. No se puede deshacer.`,
  },
};

export const RESTART_TEXT = RESTART_TEXT_BY_LOCALE.en;
