import type { CareerGroup, FitBand, ProgramLength, RemoteWork } from '../../domain';
import type { Localized } from '../../i18n';

/** Labels for the shared career vocabulary (groups, schooling, remote work, fit bands). */
export interface CareerCopy {
  groupHeadings: Readonly<Record<CareerGroup, string>>;
  groupIntros: Readonly<Record<CareerGroup, string>>;
  /** Short label for the eyebrow above a career's title. */
  groupLabels: Readonly<Record<CareerGroup, string>>;
  education: Readonly<Record<ProgramLength, string>>;
  remote: Readonly<Record<RemoteWork, string>>;
  importance: Readonly<Record<1 | 2 | 3, string>>;
  bands: Readonly<Record<FitBand, string>>;
}

export const CAREER_COPY: Localized<CareerCopy> = {
  en: {
    groupHeadings: {
      records: 'Medical records technician and its specializations',
      growth: 'Growth path',
      alternate: 'Related careers',
    },
    groupIntros: {
      records: 'The records role and the jobs that grow out of it, with the same kind of training.',
      growth: 'Where records work can lead with a bachelor’s degree and some experience.',
      alternate: 'Healthcare jobs that use some of the same skills, with a different kind of day.',
    },
    groupLabels: {
      records: 'Records family',
      growth: 'Growth path',
      alternate: 'Related career',
    },
    education: {
      'high-school': 'High school diploma',
      certificate: 'Training program after high school',
      associate: 'Associate degree (2 years)',
      bachelor: 'Bachelor’s degree (4 years)',
    },
    remote: {
      common: 'Often possible',
      some: 'Sometimes possible',
      rare: 'Rarely',
      unknown: 'Not known',
    },
    importance: { 1: 'Matters a little', 2: 'Matters', 3: 'Essential' },
    bands: { strong: 'Strong fit', good: 'Good fit', exploring: 'Worth exploring' },
  },
  es: {
    groupHeadings: {
      records: 'Técnico/a de registros médicos y sus especialidades',
      growth: 'Camino para crecer',
      alternate: 'Carreras relacionadas',
    },
    groupIntros: {
      records:
        'El trabajo de registros y los trabajos que salen de él, con el mismo tipo de formación.',
      growth:
        'Hasta dónde puede llevarte el trabajo de registros con una licenciatura (4 años) y algo de experiencia.',
      alternate:
        'Trabajos de salud que usan algunas de las mismas habilidades, pero con un día muy distinto.',
    },
    groupLabels: {
      records: 'Familia de registros',
      growth: 'Camino para crecer',
      alternate: 'Carrera relacionada',
    },
    education: {
      'high-school': 'Diploma de secundaria (high school)',
      certificate: 'Programa de formación después de la secundaria',
      associate: 'Título de asociado (2 años)',
      bachelor: 'Licenciatura (4 años)',
    },
    remote: {
      common: 'Muchas veces se puede',
      some: 'A veces se puede',
      rare: 'Casi nunca',
      unknown: 'No se sabe',
    },
    importance: { 1: 'Importa un poco', 2: 'Importa', 3: 'Esencial' },
    bands: { strong: 'Muy compatible', good: 'Compatible', exploring: 'Vale la pena explorar' },
  },
};

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 8 → "8th" (enough for eight careers). */
export function ordinal(n: number): string {
  const suffix = n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** "a medical coder", "an information clerk". */
export function withArticle(title: string): string {
  const lower = title.toLowerCase();
  return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}
