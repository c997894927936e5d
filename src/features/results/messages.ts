import { defineMessages } from '../../i18n';

/**
 * The results screen: headline, confidence, why-list, ranking, "why this score?" and the trait
 * chart. Sentence parts that `result-copy.ts` puts together say which piece they take.
 * `article` is a title as `withArticle` gives it: "a medical coder" in English, the bare title in
 * Spanish ("codificador/a médico/a"), which the Spanish texts put after "el trabajo de".
 */
export const resultsMessages = defineMessages({
  en: {
    docTitle: (title: string) => `Your result: ${title} — CareerFit`,
    noResultsDocTitle: 'Results — CareerFit',
    noResultsTitle: 'No results yet',
    noResultsBody: 'Answer the quiz questions first, and your results will show up here.',
    takeQuiz: 'Take the quiz',
    reviewAnswers: 'Review my answers',

    // Band labels (glossary).
    bandStrong: 'Strong fit',
    bandGood: 'Good fit',
    bandExploring: 'Worth exploring',

    // Headline
    eyebrow: 'Your best fit',
    finished: 'All done. Nice work!',
    /** `list` is strengths joined by the list formatter. */
    whyShows: (list: string, article: string) =>
      `Your answers show ${list} — that's a lot of what ${article} does.`,
    whyNone: (article: string) =>
      `Your answers don't point strongly anywhere yet, but ${article} came out closest.`,
    growthPathLine: (fit: string) =>
      `Your answers fit a medical and health services manager best (${fit}), but that job needs a bachelor's degree and experience. With the shorter program you have in mind, start here: records work is the article's path up to that role.`,
    recordsTopLine: 'The medical records technician role is your best match.',
    specializationLine: 'A specialization of the medical records technician role.',
    growthLine: (fit: string) =>
      `A growth path: most people start as a medical records technician (your fit: ${fit}) and move up with a bachelor's degree and experience.`,
    alternateLine: (fit: string) =>
      `A related healthcare career. Your fit with the medical records technician role is ${fit} out of 100.`,
    comparedWith: (article: string) => `How it differs from ${article}:`,

    // Gaps; `gap` is a trait's gap phrase.
    gapSkill: (gap: string) => `You could build up ${gap}.`,
    gapLess: (gap: string) => `This job has less ${gap} than you seem to want.`,
    gapMore: (gap: string) => `This job involves more ${gap} than you said you'd enjoy.`,

    // Confidence
    confidenceTitle: 'How sure is this?',
    confidenceHigh: 'High confidence: your answers point clearly to this career.',
    confidenceMedium: 'Medium confidence: this is a good lead, with a close second or two.',
    confidenceLow: 'Low confidence: take this result as a starting point, not an answer.',
    confidenceLowAdvice:
      'Try the quiz again and take a moment on each question, or talk your result over with a school counselor. You can review your answers at the end of this page.',
    confidenceNoReasons:
      'Nothing in your answers lowers it: you answered the questions, and your answers agree with each other.',
    reasonTooFewAnswers: 'You skipped more than half of the questions.',
    reasonStraightLined: 'You gave almost the same answer to every question.',
    reasonContradictions:
      'Some answers point in opposite directions (for example, saying you are very organized and also that your desk is usually a mess).',
    reasonInconsistent:
      'Answers about the same trait often disagree with each other, so the result may be more chance than you.',
    reasonMixedAnswers: 'Some answers about the same trait pull in different directions.',
    reasonFlatProfile:
      'Your answers came out about the same for every trait, so no career stands out.',
    reasonNearTie: 'Two quite different careers came out almost tied.',
    reasonCloseCall: 'The next career is not far behind.',
    reasonSomeUnanswered: (count: number) =>
      count === 1 ? 'You skipped one question.' : `You skipped ${count} questions.`,

    // Why this career
    whyTitle: 'Why this career',
    openAll: 'Open every section',
    closeAll: 'Close every section',
    whatFits: 'What fits',
    noStrength: 'No single trait stood out.',
    whatMightNotFit: 'What might not fit',
    noGap: 'Nothing held this match back.',
    evidence: (answer: string, question: string) => `You answered “${answer}” to “${question}”`,

    // Ranking and "why this score?"
    rankingTitle: 'All eight careers, best fit first',
    rankOutOf100: ' out of 100, ',
    whyScoreStart: 'Why this score',
    whyScoreFor: (title: string) => ` for ${title}`,
    whyScoreEnd: '?',
    raisedFit: 'Raised the fit:',
    /** `list` is strengths joined by the list formatter. */
    raisedList: (list: string) => `${list}.`,
    nothingStoodOut: 'nothing stood out.',
    loweredIt: 'Lowered it:',
    toTop: (title: string) => `For ${title.toLowerCase()} to come out on top`,
    toTopTail: ', your answers would need to show:',
    more: 'more',
    less: 'less',
    change: (trait: string, direction: string, from: string, to: string) =>
      `${trait}: ${direction} (${from} → ${to})`,

    // Trait chart
    traitsTitle: (article: string) => `Your traits and what ${article} needs`,
    legendYou: 'You',
    legendJob: 'The job',
    legendScale: 'Scores from 0 to 100',
    traitsCaption: (article: string) =>
      `Your score on each trait next to the level ${article} needs`,
    colTrait: 'Trait',
    importance1: 'Matters a little',
    importance2: 'Matters',
    importance3: 'Essential',
  },
  es: {
    docTitle: (title: string) => `Tu resultado: ${title} — CareerFit`,
    noResultsDocTitle: 'Resultados — CareerFit',
    noResultsTitle: 'Todavía no hay resultados',
    noResultsBody:
      'Primero responde las preguntas del cuestionario y aquí vas a ver tus resultados.',
    takeQuiz: 'Hacer el cuestionario',
    reviewAnswers: 'Revisar mis respuestas',

    bandStrong: 'Muy compatible',
    bandGood: 'Compatible',
    bandExploring: 'Vale la pena explorar',

    eyebrow: 'Lo que más encaja contigo',
    finished: '¡Listo! Buen trabajo.',
    whyShows: (list: string, article: string) =>
      `Tus respuestas muestran que ${list}: eso es gran parte del trabajo de ${article}.`,
    whyNone: (article: string) =>
      `Tus respuestas todavía no apuntan con fuerza hacia nada, pero el trabajo de ${article} fue lo que más se acercó.`,
    growthPathLine: (fit: string) =>
      `Lo que más encaja con tus respuestas es gerente de servicios médicos y de salud (${fit}), pero ese trabajo pide una licenciatura (4 años) y experiencia. Con el programa más corto que tienes en mente, empieza por aquí: según el artículo, el trabajo con registros es el camino para llegar a ese puesto.`,
    recordsTopLine: 'El puesto de técnico/a de registros médicos es el que más encaja contigo.',
    specializationLine: 'Una especialidad dentro del puesto de técnico/a de registros médicos.',
    growthLine: (fit: string) =>
      `Un camino para crecer: la mayoría empieza como técnico/a de registros médicos (tu compatibilidad: ${fit}) y sube de puesto con una licenciatura (4 años) y experiencia.`,
    alternateLine: (fit: string) =>
      `Una carrera relacionada con la salud. Tu compatibilidad con el puesto de técnico/a de registros médicos es de ${fit} sobre 100.`,
    comparedWith: (article: string) => `En qué se diferencia del trabajo de ${article}:`,

    gapSkill: (gap: string) => `Algo que podrías mejorar: ${gap}.`,
    gapLess: (gap: string) =>
      `Este trabajo tiene menos de esto de lo que parece que quieres: ${gap}.`,
    gapMore: (gap: string) =>
      `Este trabajo tiene más de esto de lo que dijiste que te gustaría: ${gap}.`,

    confidenceTitle: '¿Qué tan seguro es este resultado?',
    confidenceHigh: 'Confianza alta: tus respuestas apuntan claramente a esta carrera.',
    confidenceMedium:
      'Confianza media: es una buena pista, aunque hay una o dos carreras muy cerca.',
    confidenceLow:
      'Confianza baja: toma este resultado como un punto de partida, no como una respuesta.',
    confidenceLowAdvice:
      'Vuelve a hacer el cuestionario y tómate un momento en cada pregunta, o habla de tu resultado con tu consejero o consejera escolar. Al final de esta página puedes revisar tus respuestas.',
    confidenceNoReasons:
      'Nada en tus respuestas la baja: contestaste las preguntas y tus respuestas coinciden entre sí.',
    reasonTooFewAnswers: 'Te saltaste más de la mitad de las preguntas.',
    reasonStraightLined: 'Diste casi la misma respuesta a todas las preguntas.',
    reasonContradictions:
      'Algunas respuestas apuntan en direcciones opuestas (por ejemplo, decir que eres muy organizado y también que tu escritorio casi siempre está desordenado).',
    reasonInconsistent:
      'Tus respuestas sobre un mismo rasgo muchas veces no coinciden, así que el resultado puede depender más de la suerte que de ti.',
    reasonMixedAnswers: 'Algunas respuestas sobre un mismo rasgo apuntan en direcciones distintas.',
    reasonFlatProfile:
      'Tus respuestas salieron casi iguales en todos los rasgos, así que ninguna carrera destaca.',
    reasonNearTie: 'Dos carreras bastante distintas quedaron casi empatadas.',
    reasonCloseCall: 'La siguiente carrera no se queda muy atrás.',
    reasonSomeUnanswered: (count: number) =>
      count === 1 ? 'Te saltaste una pregunta.' : `Te saltaste ${count} preguntas.`,

    whyTitle: 'Por qué esta carrera',
    openAll: 'Abrir todas las secciones',
    closeAll: 'Cerrar todas las secciones',
    whatFits: 'Lo que encaja',
    noStrength: 'Ningún rasgo destacó por sí solo.',
    whatMightNotFit: 'Lo que quizás no encaje',
    noGap: 'Nada le restó a esta compatibilidad.',
    evidence: (answer: string, question: string) => `Respondiste “${answer}” a “${question}”`,

    rankingTitle: 'Las ocho carreras, de la más compatible a la menos',
    rankOutOf100: ' sobre 100, ',
    whyScoreStart: '¿Por qué esta compatibilidad',
    whyScoreFor: (title: string) => ` con ${title}`,
    whyScoreEnd: '?',
    raisedFit: 'Lo que la subió:',
    raisedList: (list: string) => `${list}.`,
    nothingStoodOut: 'nada en especial.',
    loweredIt: 'Lo que la bajó:',
    toTop: (title: string) =>
      `Para que la carrera de ${title.charAt(0).toLowerCase()}${title.slice(1)} quede en primer lugar`,
    toTopTail: ', tus respuestas tendrían que mostrar:',
    more: 'más',
    less: 'menos',
    change: (trait: string, direction: string, from: string, to: string) =>
      `${trait}: ${direction} (${from} → ${to})`,

    traitsTitle: (article: string) => `Tus rasgos y lo que necesita el trabajo de ${article}`,
    legendYou: 'Tú',
    legendJob: 'El trabajo',
    legendScale: 'Puntajes de 0 a 100',
    traitsCaption: (article: string) =>
      `Tu puntaje en cada rasgo junto al nivel que necesita el trabajo de ${article}`,
    colTrait: 'Rasgo',
    importance1: 'Importa un poco',
    importance2: 'Importa',
    importance3: 'Esencial',
  },
});
