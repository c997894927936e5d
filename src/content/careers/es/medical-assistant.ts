import type { CareerFacts } from '../../../domain/types';
import { medicalAssistantFacts as en } from '../medical-assistant';

/** Spanish text; the article quotes are shared with the English (no verified pay or outlook). */
export const medicalAssistantFactsEs = {
  id: 'medical-assistant',
  title: 'Asistente médico',
  summary:
    'Trabajas directamente con los pacientes: tomas sus signos vitales y ayudas en los exámenes, además de hacer algunas tareas de oficina.',
  duties: [
    'Anotar la información de los pacientes.',
    'Tomar los signos vitales (como la temperatura, el pulso y la presión arterial).',
    'Ayudar a los médicos en los exámenes de los pacientes.',
    'Poner inyecciones.',
    'Hacer también tareas de oficina, como programar citas.',
  ],
  traitsWhy: [
    {
      trait: 'patientCare',
      why: 'Es un trabajo práctico de cuidar a pacientes, así que estás con ellos todo el día.',
    },
    {
      trait: 'handsOn',
      why: 'Tomar signos vitales, ayudar en los exámenes y poner inyecciones son cosas que haces con las manos.',
    },
    {
      trait: 'communication',
      why: 'Hablas con los pacientes mientras anotas su información y ayudas en sus exámenes.',
    },
    {
      trait: 'detail',
      why: 'La información de los pacientes que anotas tiene que estar bien para que el médico la pueda usar.',
    },
  ],
  education: {
    typical:
      'No pudimos confirmar con la BLS (la oficina de estadísticas laborales de EE. UU.) cuántos estudios se piden normalmente. Para tomar el examen CMA, tienes que graduarte de un programa acreditado de asistente médico, que es formación después de la secundaria.',
    length: 'certificate',
  },
  credentials: [
    {
      code: 'CMA (AAMA)',
      name: 'Certified Medical Assistant (asistente médico certificado)',
      issuer:
        'Certifying Board of the American Association of Medical Assistants (AAMA), la junta que certifica de la asociación estadounidense de asistentes médicos',
      note: 'Para tomar el examen, tienes que graduarte de un programa de asistente médico acreditado por CAAHEP o ABHES.',
    },
    {
      code: 'RMA (AMT)',
      name: 'Registered Medical Assistant (asistente médico registrado)',
      issuer:
        'American Medical Technologists (AMT), una organización estadounidense de tecnólogos médicos',
    },
  ],
  workplaces: ['Consultorios médicos y otros lugares donde los médicos atienden a pacientes'],
  remote: {
    level: 'rare',
    note: 'Tomar signos vitales, ayudar en los exámenes y poner inyecciones se tiene que hacer en persona con el paciente.',
  },
  growth:
    'El artículo dice que trabajos relacionados como este usan habilidades parecidas. Los asistentes médicos ya anotan información de pacientes, así que terminar un programa de registros los podría llevar a un trabajo de técnico de registros médicos.',
  pay: null,
  outlook: null,
  comparedWithRecords:
    'Un asistente médico trabaja directamente con los pacientes todos los días: toma sus signos vitales y les pone inyecciones. Los técnicos de registros casi nunca trabajan directamente con pacientes.',
  citations: en.citations,
} satisfies CareerFacts;
