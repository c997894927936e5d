import { defineMessages } from '../../i18n';

/** "What your page receives": privacy, the events and how to read them. */
export const explainerMessages = defineMessages({
  en: {
    heading: 'What your page receives',
    privacy:
      'Nothing is tracked: CareerFit has no accounts, cookies or analytics, and answers stay in the student’s browser. With the script snippet, the quiz tells your page a few things about its progress, and only your page: messages go to your site’s address and nowhere else. The plain iframe sends nothing.',
    eventsIntroStart: 'These arrive as events on the box. Each event’s',
    eventsIntroMiddle: 'also has',
    eventsIntroEnd: '. None of them ever holds text a student typed.',
    noData: ' No data.',
    data: ' Data: ',
    ready: 'The quiz has loaded.',
    started: 'A student opened the first question.',
    question: 'A student reached question number index of total.',
    resize: 'The quiz changed height, in pixels. The script resizes the frame to fit.',
    completed:
      'Only with “Send result events to my page”: the best-fit career, the 0–100 fit for each of the eight careers, and the result code.',
    exampleIntro: 'For example, to read each result on your page:',
    groupNote:
      'The class or group label goes into every result code, so a result link a student shares with you shows which class it came from. To start the quiz over from your page, call',
    groupNoteEnd: 'on the box.',
  },
  es: {
    heading: 'Lo que recibe su página',
    privacy:
      'No se rastrea nada: CareerFit no tiene cuentas, cookies ni analítica, y las respuestas se quedan en el navegador de cada estudiante. Con el fragmento con script, el cuestionario le avisa a su página algunas cosas sobre el avance, y solo a su página: los mensajes van a la dirección de su sitio y a ningún otro lado. El iframe simple no envía nada.',
    eventsIntroStart: 'Llegan como eventos en el contenedor. El',
    eventsIntroMiddle: 'de cada evento también incluye',
    eventsIntroEnd: '. Ninguno contiene nunca texto escrito por estudiantes.',
    noData: ' Sin datos.',
    data: ' Datos: ',
    ready: 'El cuestionario terminó de cargar.',
    started: 'Alguien abrió la primera pregunta.',
    question: 'Alguien llegó a la pregunta número index de total.',
    resize: 'El cuestionario cambió de altura, en píxeles. El script ajusta el marco a esa altura.',
    completed:
      'Solo con “Enviar eventos de resultado a mi página”: la carrera más compatible, la compatibilidad de 0 a 100 con cada una de las ocho carreras y el código de resultado.',
    exampleIntro: 'Por ejemplo, para leer cada resultado en su página:',
    groupNote:
      'La clase o grupo se incluye en cada código de resultado, así que un enlace de resultado que alguien le comparta muestra de qué clase viene. Para empezar el cuestionario de nuevo desde su página, llame a',
    groupNoteEnd: 'en el contenedor.',
  },
});
