import { defineMessages } from '../../i18n';

export const embedMessages = defineMessages({
  en: {
    storageBlocked:
      'This browser isn’t letting CareerFit save your progress here, so your answers will be lost if you reload the page. Everything else works.',
  },
  es: {
    storageBlocked:
      'Este navegador no deja que CareerFit guarde tu progreso aquí, así que perderás tus respuestas si vuelves a cargar la página. Todo lo demás funciona.',
  },
});
