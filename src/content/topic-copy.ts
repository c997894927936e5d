import type { ArticleTopic } from '../domain';
import type { Localized } from '../domain/locale';

/**
 * Names for the traits the article lists for each career ("what matters and why" on career
 * pages). Wider than the quiz's scales: the article also names medical vocabulary, writing and
 * more, which the quiz does not measure on their own.
 */
type TopicLabels = Readonly<Record<ArticleTopic, string>>;

const EN: TopicLabels = {
  organization: 'Organization',
  timeManagement: 'Time management',
  detail: 'Attention to detail',
  analytical: 'Thinking things through',
  technology: 'Computers and tech',
  medicalVocabulary: 'Medical words and science',
  communication: 'Talking with people',
  writing: 'Writing and typing',
  patientCare: 'Caring for patients',
  customerService: 'Helping the public',
  handsOn: 'Hands-on tasks',
  independence: 'Working on your own',
  leadership: 'Leading and organizing others',
  research: 'Digging into reports and data',
};

const ES: TopicLabels = {
  organization: 'Organización',
  timeManagement: 'Manejo del tiempo',
  detail: 'Atención a los detalles',
  analytical: 'Pensar las cosas a fondo',
  technology: 'Computadoras y tecnología',
  medicalVocabulary: 'Palabras médicas y ciencia',
  communication: 'Hablar con la gente',
  writing: 'Escribir y teclear',
  patientCare: 'Cuidar a pacientes',
  customerService: 'Ayudar al público',
  handsOn: 'Trabajo con las manos',
  independence: 'Trabajar por tu cuenta',
  leadership: 'Dirigir y organizar a otros',
  research: 'Investigar informes y datos',
};

export const TOPIC_LABELS_BY_LOCALE: Localized<TopicLabels> = { en: EN, es: ES };
