import { defineMessages } from '../../i18n';
import { ordinal, withArticle } from './career-copy';

/** Texts of one career's page (#/careers/:id). */
export const careerPageMessages = defineMessages({
  en: {
    duties: 'What they do',
    differs: 'How it differs from a medical records technician',
    traits: 'What matters in this job',
    essentialCaption: (title: string) =>
      `Essential traits: the level ${withArticle(title)} needs, from 0 to 100`,
    trait: 'Trait',
    level: 'Level',
    education: 'Education and credentials',
    credentials: 'Credentials',
    credentialFrom: (name: string, issuer: string) => `: ${name}, from ${issuer}.`,
    payOutlook: 'Pay and job outlook',
    pay: 'Pay',
    outlook: 'Job outlook',
    figuresNote: 'Figures are shown with the year they describe; newer ones may differ.',
    workplace: 'Where they work',
    remote: 'Working from home',
    growth: 'How to grow',
    similar: 'Similar careers',
    compareSideBySide: 'Compare side by side',
    sources: 'Where these facts come from',
    sourcesIntro:
      'Each fact on this page rests on a sentence from the article it is based on, or on a note about the data.',
    showSources: 'Show the quotes and data notes',
    fromArticle: 'From the article:',
    dutiesFromArticle: 'Duties, from the article:',
    dataNote: 'Data note:',
    matchQuestion: 'Would this job fit you?',
    matchInvite: (title: string, minutes: string) =>
      `Take the quiz (about ${minutes} minutes) to see how well ${withArticle(title)} fits the way you like to work.`,
    matchHeading: 'See how you match',
    outOf100: ' out of 100',
    recommended: 'From your quiz answers, this is the career we recommend for you.',
    ranks: (rank: number, total: number) =>
      `From your quiz answers, it ranks ${ordinal(rank)} of ${total} careers for you.`,
    fullResults: 'See your full results',
    notFoundTitle: 'Career not found — CareerFit',
    notFoundHeading: "We can't find that career",
    notFoundBody: 'The link may be old or mistyped. All eight careers are on the careers page.',
    seeAllCareers: 'See all careers',
  },
  es: {
    duties: 'Qué hacen',
    differs: 'En qué se diferencia del trabajo de técnico/a de registros médicos',
    traits: 'Lo que importa en este trabajo',
    essentialCaption: (title: string) =>
      `Rasgos esenciales: el nivel que pide el trabajo de ${title.toLowerCase()}, de 0 a 100`,
    trait: 'Rasgo',
    level: 'Nivel',
    education: 'Estudios y certificaciones',
    credentials: 'Certificaciones',
    credentialFrom: (name: string, issuer: string) => `: ${name}, de ${issuer}.`,
    payOutlook: 'Sueldo y futuro del trabajo',
    pay: 'Sueldo',
    outlook: 'Demanda de trabajo a futuro',
    figuresNote: 'Cada cifra lleva el año al que se refiere; las más nuevas pueden ser distintas.',
    workplace: 'Dónde trabajan',
    remote: 'Trabajar desde casa',
    growth: 'Cómo crecer',
    similar: 'Carreras parecidas',
    compareSideBySide: 'Comparar lado a lado',
    sources: 'De dónde salen estos datos',
    sourcesIntro:
      'Cada dato de esta página se basa en una frase del artículo original, que está en inglés, o en una nota sobre los datos. Las citas se dejan en inglés, tal como aparecen.',
    showSources: 'Ver las citas y notas (en inglés)',
    fromArticle: 'Cita del artículo (en inglés):',
    dutiesFromArticle: 'Tareas, citadas del artículo (en inglés):',
    dataNote: 'Nota sobre los datos (en inglés):',
    matchQuestion: '¿Encajarías en este trabajo?',
    matchInvite: (title: string, minutes: string) =>
      `Haz el cuestionario (unos ${minutes} minutos) para ver qué tanto encajas con el trabajo de ${title.toLowerCase()}.`,
    matchHeading: 'Mira qué tanto encajas',
    outOf100: ' de 100',
    recommended: 'Según tus respuestas, esta es la carrera que te recomendamos.',
    ranks: (rank: number, total: number) =>
      `Según tus respuestas, ocupa el lugar ${rank} de ${total} carreras para ti.`,
    fullResults: 'Ver todos tus resultados',
    notFoundTitle: 'Carrera no encontrada — CareerFit',
    notFoundHeading: 'No encontramos esa carrera',
    notFoundBody:
      'Puede que el enlace sea viejo o tenga un error. Las ocho carreras están en la página de carreras.',
    seeAllCareers: 'Ver todas las carreras',
  },
});
