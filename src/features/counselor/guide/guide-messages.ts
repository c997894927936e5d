import { defineMessages } from '../../../i18n';

export const guideMessages = defineMessages({
  en: {
    title: 'Discussion guide — CareerFit',
    heading: 'Discussion guide',
    lead: 'For each career a student may be recommended: a few points to talk about and questions to ask. The points come from the article the quiz is based on.',
    points: 'Talking points',
    questions: 'Questions to ask',
    print: 'Print the guide',
    contents: 'Careers',
    back: 'Counselor home',
  },
  es: {
    title: 'Guía para conversar — CareerFit',
    heading: 'Guía para conversar',
    lead: 'Para cada carrera que puede recibir cada estudiante: algunos puntos para conversar y preguntas para hacer. Los puntos vienen del artículo en el que se basa el cuestionario.',
    points: 'Puntos para conversar',
    questions: 'Preguntas para hacer',
    print: 'Imprimir la guía',
    contents: 'Carreras',
    back: 'Inicio de consejería',
  },
});
