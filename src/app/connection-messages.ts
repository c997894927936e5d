import { defineMessages } from '../i18n';

export const connectionMessages = defineMessages({
  en: {
    offline:
      "You're offline. That's OK: the quiz keeps working and your answers are saved on this device.",
    updateReady:
      'A new version of CareerFit is ready. Your answers are saved, so updating loses nothing.',
    updateNow: 'Update now',
    later: 'Later',
  },
  es: {
    offline:
      'No tienes conexión. No pasa nada: el cuestionario sigue funcionando y tus respuestas se guardan en este dispositivo.',
    updateReady:
      'Hay una nueva versión de CareerFit. Tus respuestas están guardadas, así que no pierdes nada al actualizar.',
    updateNow: 'Actualizar ahora',
    later: 'Más tarde',
  },
});
