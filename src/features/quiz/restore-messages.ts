import { defineMessages } from '../../i18n';

// Apart from the quiz's own catalog: the notice is in the layout, on every page's first download.
export const restoreMessages = defineMessages({
  en: {
    unreadable:
      "We couldn't read the answers saved on this device, so the quiz starts fresh. Sorry about that!",
    'newer-version':
      'Your saved answers came from a newer version of CareerFit, so this version starts fresh. A copy is kept on this device.',
    'dropped-answers':
      "A few saved answers couldn't be read. We kept the rest — you'll just be asked those questions again.",
    'quiz-changed':
      'The quiz was updated since you started. We kept your answers that still apply — you’ll pick up at the first new question.',
    ok: 'OK',
    saveFailed:
      'Your answers could not be saved on this device (its storage is full or blocked). Keep this tab open until you finish, then copy the link to your result to keep it.',
  },
  es: {
    unreadable:
      'No pudimos leer las respuestas guardadas en este dispositivo, así que el cuestionario empieza de cero. ¡Lo sentimos!',
    'newer-version':
      'Tus respuestas guardadas vienen de una versión más nueva de CareerFit, así que esta versión empieza de cero. Guardamos una copia en este dispositivo.',
    'dropped-answers':
      'No pudimos leer algunas respuestas guardadas. Conservamos las demás; solo te volveremos a hacer esas preguntas.',
    'quiz-changed':
      'El cuestionario cambió desde que empezaste. Conservamos las respuestas que siguen valiendo; seguirás en la primera pregunta nueva.',
    ok: 'Entendido',
    saveFailed:
      'No se pudieron guardar tus respuestas en este dispositivo (su almacenamiento está lleno o bloqueado). Deja esta pestaña abierta hasta terminar y luego copia el enlace de tu resultado para conservarlo.',
  },
});
