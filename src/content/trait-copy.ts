import type { TraitId } from '../domain';
import type { Localized } from '../domain/locale';

export interface TraitCopy {
  label: string;
  /** Completes "Your answers show …" (es: "Tus respuestas muestran que …"). */
  strength: string;
  /** Completes "This job asks for more …" (es: a noun phrase: "más …", "mejorar en …"). */
  gap: string;
  /** For interests and preferences: completes "Your answers show …" when a *low* score is what fits. */
  lowStrength?: string;
}

type TraitCopyTable = Readonly<Record<TraitId, TraitCopy>>;

const EN: TraitCopyTable = {
  realistic: {
    label: 'Hands-on work',
    strength: 'you like working with your hands and tools',
    gap: 'hands-on work with tools and things',
    lowStrength: "you'd rather not do hands-on work",
  },
  investigative: {
    label: 'Science and finding out why',
    strength: 'you like science and finding out why things happen',
    gap: 'science and figuring out problems',
    lowStrength: "you'd rather not dig into science",
  },
  artistic: {
    label: 'Creating and designing',
    strength: 'you like to create, design and perform',
    gap: 'creating and designing things',
    lowStrength: 'you prefer clear tasks to creative ones',
  },
  social: {
    label: 'Helping and caring for people',
    strength: 'you like helping and caring for people',
    gap: 'helping and caring for people',
    lowStrength: "you'd rather not give hands-on care to people",
  },
  enterprising: {
    label: 'Leading and business',
    strength: 'you like to lead, persuade and run things',
    gap: 'leading people and running a business',
    lowStrength: "you'd rather not be the one in charge",
  },
  conventional: {
    label: 'Records, data and order',
    strength: 'you like keeping records and data in order',
    gap: 'keeping records and data in order',
    lowStrength: "you'd rather not work with records and data",
  },
  organization: {
    label: 'Organization and time',
    strength: 'you keep things organized and on time',
    gap: 'keeping work organized and on time',
  },
  detail: {
    label: 'Attention to detail',
    strength: 'you catch small mistakes',
    gap: 'checking details carefully',
  },
  technology: {
    label: 'Computers and tech',
    strength: 'you are at ease with computers',
    gap: 'working with software and databases',
  },
  communication: {
    label: 'Speaking and writing',
    strength: 'you explain things clearly, out loud and in writing',
    gap: 'clear speaking and writing',
  },
  independence: {
    label: 'Working on your own',
    strength: 'you like working on your own',
    gap: 'working alone for long stretches',
    lowStrength: 'you like having people around you at work',
  },
};

const ES: TraitCopyTable = {
  realistic: {
    label: 'Trabajo con las manos',
    strength: 'te gusta trabajar con las manos y con herramientas',
    gap: 'trabajar con las manos y con herramientas',
    lowStrength: 'prefieres no hacer trabajo manual',
  },
  investigative: {
    label: 'Ciencia y descubrir por qué',
    strength: 'te gusta la ciencia y descubrir por qué pasan las cosas',
    gap: 'la ciencia y resolver problemas',
    lowStrength: 'prefieres no estudiar temas de ciencia',
  },
  artistic: {
    label: 'Crear y diseñar',
    strength: 'te gusta crear, diseñar y actuar',
    gap: 'crear y diseñar cosas',
    lowStrength: 'prefieres tareas claras a tareas creativas',
  },
  social: {
    label: 'Ayudar y cuidar a la gente',
    strength: 'te gusta ayudar y cuidar a las personas',
    gap: 'ayudar y cuidar a las personas',
    lowStrength: 'prefieres no cuidar a las personas directamente',
  },
  enterprising: {
    label: 'Dirigir y hacer negocios',
    strength: 'te gusta dirigir, convencer y estar a cargo',
    gap: 'dirigir personas y llevar un negocio',
    lowStrength: 'prefieres no ser quien está a cargo',
  },
  conventional: {
    label: 'Registros, datos y orden',
    strength: 'te gusta mantener registros y datos en orden',
    gap: 'mantener registros y datos en orden',
    lowStrength: 'prefieres no trabajar con registros y datos',
  },
  organization: {
    label: 'Organización y tiempo',
    strength: 'mantienes las cosas en orden y a tiempo',
    gap: 'mantener el trabajo en orden y a tiempo',
  },
  detail: {
    label: 'Atención a los detalles',
    strength: 'te das cuenta de los errores pequeños',
    gap: 'revisar los detalles con cuidado',
  },
  technology: {
    label: 'Computadoras y tecnología',
    strength: 'las computadoras se te dan bien',
    gap: 'trabajar con programas y bases de datos',
  },
  communication: {
    label: 'Hablar y escribir',
    strength: 'explicas las cosas con claridad, al hablar y al escribir',
    gap: 'hablar y escribir con claridad',
  },
  independence: {
    label: 'Trabajar por tu cuenta',
    strength: 'te gusta trabajar por tu cuenta',
    gap: 'trabajar a solas durante mucho tiempo',
    lowStrength: 'te gusta tener gente a tu alrededor en el trabajo',
  },
};

/** Trait words per language. */
export const TRAIT_COPY_BY_LOCALE: Localized<TraitCopyTable> = { en: EN, es: ES };

/** English trait words, for code that has not got a language (tests, docs). */
export const TRAIT_COPY: TraitCopyTable = EN;
