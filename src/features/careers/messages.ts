import { defineMessages } from '../../i18n';

/** Texts shared by the career screens, and the careers list page. */
export const careersMessages = defineMessages({
  en: {
    title: 'Explore careers — CareerFit',
    eyebrow: 'Explore careers',
    heading: 'Eight healthcare careers to explore',
    lead: 'What each job is like, the schooling it takes, what it pays and how it compares with the medical records technician role.',
    compareTwo: 'Compare two careers',
    seeMyResults: 'See my results',
    takeQuiz: 'Take the quiz',
    typicalEducation: 'Typical education',
    readAbout: (title: string) => `Read about ${title}`,
    breadcrumb: 'Breadcrumb',
    allCareers: 'All careers',
    pageTitle: (title: string) => `${title} — CareerFit`,
    noFigure: 'No verified figure',
  },
  es: {
    title: 'Explorar carreras — CareerFit',
    eyebrow: 'Explorar carreras',
    heading: 'Ocho carreras de salud para explorar',
    lead: 'Cómo es cada trabajo, cuánto estudio pide, cuánto paga y en qué se parece al de técnico/a de registros médicos.',
    compareTwo: 'Comparar dos carreras',
    seeMyResults: 'Ver mis resultados',
    takeQuiz: 'Hacer el cuestionario',
    typicalEducation: 'Estudios más comunes',
    readAbout: (title: string) => `Leer sobre ${title}`,
    breadcrumb: 'Ruta de navegación',
    allCareers: 'Todas las carreras',
    pageTitle: (title: string) => `${title} — CareerFit`,
    noFigure: 'No hay una cifra verificada',
  },
});
