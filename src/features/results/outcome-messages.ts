import { defineMessages } from '../../i18n';

/**
 * What the results say when the answers do not crown one career: a tie, no clear match, or
 * interests that lie outside this family of careers (domain/decide.ts, `Outcome`).
 */
export const outcomeMessages = defineMessages({
  en: {
    eyebrowNoClearMatch: 'No clear match yet — closest for now',
    eyebrowOutside: 'None of these is a strong match — closest of the eight',
    /** `others` is the tied careers joined by the list formatter. */
    tie: (others: string, count: number) =>
      `${others} ${count === 1 ? 'fits' : 'fit'} about as well. The difference is smaller than the quiz can measure, so look at each of them.`,
    noClearMatchTitle: 'Your answers do not point to one career yet',
    noClearMatchBody:
      'You skipped many questions or gave much the same answer to most of them, so the quiz cannot tell which kind of work you like best. Treat the list below as a starting point, not a verdict.',
    outsideTitle: 'Your interests point beyond these careers',
    /** `leanings` is the two strongest interest areas joined by the list formatter. */
    outsideBody: (leanings: string) =>
      `Your strongest interests are ${leanings}. The eight careers here are mostly organized, detail-minded healthcare work, so none of them matches you well. That is useful to know, not a bad result.`,
    outsideLink: 'Find careers that match your interests on My Next Move',
    outsideLinkNote: '(a free U.S. Department of Labor site; opens in a new tab)',
  },
  es: {
    eyebrowNoClearMatch: 'Todavía no hay una coincidencia clara; lo más cercano por ahora',
    eyebrowOutside: 'Ninguna de estas carreras encaja mucho; la más cercana de las ocho',
    tie: (others: string, count: number) =>
      `${others} ${count === 1 ? 'encaja' : 'encajan'} casi igual de bien. La diferencia es menor de lo que el cuestionario puede medir, así que mira cada una.`,
    noClearMatchTitle: 'Tus respuestas todavía no señalan una sola carrera',
    noClearMatchBody:
      'Saltaste muchas preguntas o diste casi la misma respuesta a la mayoría, así que el cuestionario no puede saber qué tipo de trabajo te gusta más. Toma la lista de abajo como un punto de partida, no como un veredicto.',
    outsideTitle: 'Tus intereses van más allá de estas carreras',
    outsideBody: (leanings: string) =>
      `Tus intereses más fuertes son ${leanings}. Las ocho carreras de aquí son sobre todo trabajo de salud organizado y detallista, así que ninguna encaja bien contigo. Es bueno saberlo; no es un mal resultado.`,
    outsideLink: 'Busca carreras que encajen con tus intereses en Mi Próximo Paso',
    outsideLinkNote:
      '(un sitio gratuito del Departamento de Trabajo de EE. UU.; se abre en otra pestaña)',
  },
});

/** My Next Move's interest-based career search, in the page's language. */
export const CAREER_SEARCH_URL = {
  en: 'https://www.mynextmove.org/explore/ip',
  es: 'https://www.miproximopaso.org/explore/ip',
} as const;
