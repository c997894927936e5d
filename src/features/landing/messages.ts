import { defineMessages } from '../../i18n';

export const landingMessages = defineMessages({
  en: {
    title: 'CareerFit — is a medical records career right for you?',
    eyebrow: 'A career quiz for high-school students',
    heading: 'Could a career in medical records fit you?',
    lead: (count: number) =>
      `Answer ${count} quick questions about how you like to work. We'll show you how well you match a medical records technician job — or a related healthcare career that fits you even better — and why.`,
    aboutQuiz: 'About the quiz',
    minutes: (minutes: number) => `About ${minutes} minutes`,
    onePerScreen: 'One question per screen',
    noSignUp: 'No sign-up',
    noAccount: 'No account, no email',
    private: 'Private',
    staysHere: 'Your answers stay on this device',
    careersHeading: 'Careers the quiz compares',
    careersNote:
      "Records technicians keep patients' health records correct, organized and private. Medical coders and cancer registrars are records jobs with a special focus.",
    start: 'Start the quiz',
    seeResults: 'See my results',
    continue: 'Continue where I left off',
    progress: (answered: number, total: number) =>
      `You've answered ${answered} of ${total} questions on this device.`,
    notFoundTitle: 'Page not found — CareerFit',
    notFoundHeading: "We can't find that page",
    notFoundBody:
      'The link may be old or mistyped. Your quiz answers are still saved on this device.',
    goToQuiz: 'Go to the quiz',
    startPage: 'Start page',
  },
  es: {
    title: 'CareerFit — ¿Es para ti una carrera en registros médicos?',
    eyebrow: 'Un cuestionario de carreras para estudiantes de secundaria',
    heading: '¿Podría una carrera en registros médicos ser para ti?',
    lead: (count: number) =>
      `Responde ${count} preguntas rápidas sobre cómo te gusta trabajar. Te mostraremos qué tanto encajas con el trabajo de técnico/a de registros médicos —o con otra carrera de salud que te quede aún mejor— y por qué.`,
    aboutQuiz: 'Sobre el cuestionario',
    minutes: (minutes: number) => `Unos ${minutes} minutos`,
    onePerScreen: 'Una pregunta por pantalla',
    noSignUp: 'Sin registrarte',
    noAccount: 'Sin cuenta y sin correo',
    private: 'Privado',
    staysHere: 'Tus respuestas se quedan en este dispositivo',
    careersHeading: 'Carreras que compara el cuestionario',
    careersNote:
      'En registros médicos se mantienen los expedientes de salud de cada paciente correctos, ordenados y privados. La codificación médica y el registro de cáncer son trabajos de registros con un enfoque especial.',
    start: 'Empezar el cuestionario',
    seeResults: 'Ver mis resultados',
    continue: 'Seguir donde me quedé',
    progress: (answered: number, total: number) =>
      `Has respondido ${answered} de ${total} preguntas en este dispositivo.`,
    notFoundTitle: 'Página no encontrada — CareerFit',
    notFoundHeading: 'No encontramos esa página',
    notFoundBody:
      'Puede que el enlace sea viejo o tenga un error. Tus respuestas del cuestionario siguen guardadas en este dispositivo.',
    goToQuiz: 'Ir al cuestionario',
    startPage: 'Página de inicio',
  },
});
