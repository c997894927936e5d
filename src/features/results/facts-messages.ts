import { defineMessages } from '../../i18n';

/** The facts card about the top career and the next steps under it. */
export const factsMessages = defineMessages({
  en: {
    factsTitle: (title: string) => `About the job: ${title}`,
    duties: 'What you’d do',
    educationTitle: 'Education and credentials',
    credentials: 'Credentials',
    credentialFrom: (name: string, issuer: string) => `: ${name}, from ${issuer}.`,
    figureYear: (year: string) => `(${year})`,
    sourcesTitle: 'Sources',
    figuresFrom: (source: string, years: string) => `Pay and job outlook: ${source}, ${years}.`,
    noFiguresSource: 'Pay and job outlook: no verified BLS figure could be found for this career.',
    articleSource:
      'Duties, education and the traits each job asks for: CareerFit’s source article on medical records technician careers, with trait levels set from O*NET ratings.',
    pay: 'Pay',
    outlook: 'Job outlook',
    noFigure: 'No verified figure available',
    workplaces: 'Where they work',
    remote: 'Working from home',
    remoteCommon: 'Often possible',
    remoteSome: 'Sometimes possible',
    remoteRare: 'Rarely',
    remoteUnknown: 'Not known',
    growth: 'How to grow',

    nextTitle: 'Next steps',
    talk: 'Talk about this result with your school counselor or a family member.',
    programs: (education: string) => `Look up programs near you: ${education}`,
    readCredential: (code: string, name: string, issuer: string) =>
      `Read about the ${code} credential, ${name}, from ${issuer}.`,
    compareRecords: (fit: string) =>
      `Compare it with the medical records technician role, which fit you ${fit} out of 100.`,
  },
  es: {
    factsTitle: (title: string) => `Sobre el trabajo: ${title}`,
    duties: 'Lo que harías',
    educationTitle: 'Estudios y certificaciones',
    credentials: 'Certificaciones',
    credentialFrom: (name: string, issuer: string) => `: ${name}, de ${issuer}.`,
    figureYear: (year: string) => `(${year})`,
    sourcesTitle: 'Fuentes',
    figuresFrom: (source: string, years: string) =>
      `Sueldo y perspectivas de empleo: ${source}, ${years}.`,
    noFiguresSource:
      'Sueldo y perspectivas de empleo: no se encontró una cifra verificada de la BLS para esta carrera.',
    articleSource:
      'Tareas, estudios y los rasgos que pide cada trabajo: el artículo de referencia de CareerFit sobre las carreras de técnico/a de registros médicos, con niveles de rasgos basados en las calificaciones de O*NET.',
    pay: 'Sueldo',
    outlook: 'Perspectivas de empleo',
    noFigure: 'No hay una cifra verificada',
    workplaces: 'Dónde trabajan',
    remote: 'Trabajar desde casa',
    remoteCommon: 'Muchas veces se puede',
    remoteSome: 'A veces se puede',
    remoteRare: 'Casi nunca',
    remoteUnknown: 'No se sabe',
    growth: 'Cómo crecer',

    nextTitle: 'Próximos pasos',
    talk: 'Habla de este resultado con tu consejero o consejera escolar, o con alguien de tu familia.',
    programs: (education: string) => `Busca programas cerca de ti: ${education}`,
    readCredential: (code: string, name: string, issuer: string) =>
      `Lee sobre la certificación ${code}, ${name}, de ${issuer}.`,
    compareRecords: (fit: string) =>
      `Compárala con el puesto de técnico/a de registros médicos: tu compatibilidad con ese puesto es de ${fit} sobre 100.`,
  },
});
