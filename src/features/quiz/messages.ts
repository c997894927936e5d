import { defineMessages } from '../../i18n';

// Numbers arrive already formatted (useFormat), so each language only places them.
export const quizMessages = defineMessages({
  en: {
    title: (step: string, total: string) => `Question ${step} of ${total} — CareerFit`,
    doneTitle: 'Quiz done — CareerFit',
    quiz: 'Quiz',
    progressLabel: 'Quiz progress',
    progress: (step: string, total: string) => `Question ${step} of ${total}`,
    // The education step is not one of the counted questions (the landing page counts those);
    // its own prompt already says "One last question".
    lastQuestion: 'Almost done',
    // Halfway through the counted questions: a word of encouragement beside the count.
    halfway: (progress: string) => `${progress} · Halfway there!`,
    lastTitle: 'Almost done — CareerFit',
    back: 'Back',
    next: 'Next',
    skip: 'Skip this one',
    seeResults: 'See my results',
    tip: 'Tip: press a number to answer, Enter for next.',
    completeHeading: "You've reached the end of the quiz",
    completeBody: 'Your answers are saved on this device.',
    backToLast: 'Back to the last question',
  },
  es: {
    title: (step: string, total: string) => `Pregunta ${step} de ${total} — CareerFit`,
    doneTitle: 'Cuestionario terminado — CareerFit',
    quiz: 'Cuestionario',
    progressLabel: 'Progreso del cuestionario',
    progress: (step: string, total: string) => `Pregunta ${step} de ${total}`,
    lastQuestion: 'Casi terminas',
    halfway: (progress: string) => `${progress} · ¡Ya vas a la mitad!`,
    lastTitle: 'Casi terminas — CareerFit',
    back: 'Atrás',
    next: 'Siguiente',
    skip: 'Saltar esta pregunta',
    seeResults: 'Ver mis resultados',
    tip: 'Consejo: presiona un número para responder y Enter para pasar a la siguiente.',
    completeHeading: 'Llegaste al final del cuestionario',
    completeBody: 'Tus respuestas están guardadas en este dispositivo.',
    backToLast: 'Volver a la última pregunta',
  },
});
