import type { TraitId } from '../domain';
import type { Localized } from '../domain/locale';

export interface TraitCopy {
  label: string;
  /** Completes "Your answers show …" (es: "Tus respuestas muestran que …"). */
  strength: string;
  /** Completes "This job asks for more …" (es: a noun phrase: "más …", "mejorar en …"). */
  gap: string;
  /** For work preferences: completes "Your answers show …" when a *low* score is what fits. */
  lowStrength?: string;
}

type TraitCopyTable = Readonly<Record<TraitId, TraitCopy>>;

const EN: TraitCopyTable = {
  organization: {
    label: 'Organization',
    strength: 'you keep things organized',
    gap: 'keeping files and work organized',
  },
  timeManagement: {
    label: 'Time management',
    strength: 'you manage your time well',
    gap: 'planning time and meeting deadlines',
  },
  detail: {
    label: 'Attention to detail',
    strength: 'you catch small mistakes',
    gap: 'checking details carefully',
  },
  analytical: {
    label: 'Thinking things through',
    strength: 'you like to figure things out',
    gap: 'working through problems step by step',
  },
  technology: {
    label: 'Computers and tech',
    strength: 'you are at ease with computers',
    gap: 'working with software and databases',
  },
  medicalVocabulary: {
    label: 'Medical words and science',
    strength: 'you are curious about medical words and science',
    gap: 'learning medical words and health science',
  },
  communication: {
    label: 'Talking with people',
    strength: 'you work well with people',
    gap: 'talking and working with others',
  },
  writing: {
    label: 'Writing and typing',
    strength: 'you write clearly and carefully',
    gap: 'clear, careful writing and typing',
  },
  patientCare: {
    label: 'Caring for patients',
    strength: 'you want to care for people hands-on',
    gap: 'hands-on care for patients',
    lowStrength: "you'd rather not give hands-on care to patients",
  },
  customerService: {
    label: 'Helping the public',
    strength: 'you enjoy helping people face to face',
    gap: 'helping the public all day',
    lowStrength: "you'd rather not serve the public all day",
  },
  handsOn: {
    label: 'Hands-on tasks',
    strength: 'you like working with your hands',
    gap: 'measuring, preparing and handling things',
    lowStrength: 'you prefer desk work to handling things',
  },
  independence: {
    label: 'Working on your own',
    strength: 'you like working on your own',
    gap: 'working alone for long stretches',
    lowStrength: 'you like having people around you at work',
  },
  leadership: {
    label: 'Leading and organizing others',
    strength: 'you like to lead and take charge',
    gap: 'leading people and running things',
    lowStrength: "you'd rather not be the one in charge",
  },
  research: {
    label: 'Digging into reports and data',
    strength: 'you like digging into reports and data',
    gap: 'digging into reports and following up cases',
    lowStrength: "you'd rather not dig into reports and data",
  },
};

const ES: TraitCopyTable = {
  organization: {
    label: 'Organización',
    strength: 'mantienes las cosas en orden',
    gap: 'mantener los archivos y el trabajo en orden',
  },
  timeManagement: {
    label: 'Manejo del tiempo',
    strength: 'sabes manejar bien tu tiempo',
    gap: 'planear el tiempo y cumplir con las fechas de entrega',
  },
  detail: {
    label: 'Atención a los detalles',
    strength: 'te das cuenta de los errores pequeños',
    gap: 'revisar los detalles con cuidado',
  },
  analytical: {
    label: 'Pensar las cosas a fondo',
    strength: 'te gusta resolver las cosas',
    gap: 'resolver problemas paso a paso',
  },
  technology: {
    label: 'Computadoras y tecnología',
    strength: 'te sientes cómodo con las computadoras',
    gap: 'trabajar con programas y bases de datos',
  },
  medicalVocabulary: {
    label: 'Palabras médicas y ciencia',
    strength: 'te interesan las palabras médicas y la ciencia',
    gap: 'aprender palabras médicas y ciencias de la salud',
  },
  communication: {
    label: 'Hablar con la gente',
    strength: 'trabajas bien con otras personas',
    gap: 'hablar y trabajar con otras personas',
  },
  writing: {
    label: 'Escribir y teclear',
    strength: 'escribes de forma clara y cuidadosa',
    gap: 'escribir y teclear con claridad y cuidado',
  },
  patientCare: {
    label: 'Cuidar a pacientes',
    strength: 'quieres cuidar a las personas en persona',
    gap: 'cuidar directamente a los pacientes',
    lowStrength: 'prefieres no atender a los pacientes directamente',
  },
  customerService: {
    label: 'Ayudar al público',
    strength: 'te gusta ayudar a la gente cara a cara',
    gap: 'atender al público todo el día',
    lowStrength: 'prefieres no atender al público todo el día',
  },
  handsOn: {
    label: 'Trabajo con las manos',
    strength: 'te gusta trabajar con las manos',
    gap: 'medir, preparar y manejar cosas',
    lowStrength: 'prefieres el trabajo de escritorio a manejar cosas',
  },
  independence: {
    label: 'Trabajar por tu cuenta',
    strength: 'te gusta trabajar por tu cuenta',
    gap: 'trabajar solo durante mucho tiempo',
    lowStrength: 'te gusta tener gente a tu alrededor en el trabajo',
  },
  leadership: {
    label: 'Dirigir y organizar a otros',
    strength: 'te gusta dirigir y tomar el mando',
    gap: 'dirigir personas y estar a cargo',
    lowStrength: 'prefieres no ser quien está a cargo',
  },
  research: {
    label: 'Investigar informes y datos',
    strength: 'te gusta investigar informes y datos',
    gap: 'investigar informes y dar seguimiento a casos',
    lowStrength: 'prefieres no investigar informes y datos',
  },
};

/** Trait words per language. */
export const TRAIT_COPY_BY_LOCALE: Localized<TraitCopyTable> = { en: EN, es: ES };

/** English trait words, for code that has not got a language (tests, docs). */
export const TRAIT_COPY: TraitCopyTable = EN;
