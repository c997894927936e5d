import type { CareerFacts } from '../../../domain/types';
import { medicalAssistantFacts as en } from '../medical-assistant';

/** Spanish text; the article quotes are shared with the English (no verified pay or outlook). */
export const medicalAssistantFactsEs = {
  id: 'medical-assistant',
  title: 'Asistente médico/a',
  summary:
    'Trabajas directamente con pacientes: tomas sus signos vitales y ayudas en los exámenes, además de hacer algunas tareas de oficina.',
  duties: [
    'Anotar la información de cada paciente.',
    'Tomar los signos vitales (como la temperatura, el pulso y la presión arterial).',
    'Ayudar al equipo médico en los exámenes de pacientes.',
    'Poner inyecciones.',
    'Hacer también tareas de oficina, como programar citas.',
  ],
  traitsWhy: [
    {
      trait: 'patientCare',
      why: 'Es un trabajo práctico de cuidar a pacientes, así que pasas todo el día con gente.',
    },
    {
      trait: 'handsOn',
      why: 'Tomar signos vitales, ayudar en los exámenes y poner inyecciones son cosas que haces con las manos.',
    },
    {
      trait: 'communication',
      why: 'Hablas con cada paciente mientras anotas su información y ayudas en sus exámenes.',
    },
    {
      trait: 'detail',
      why: 'La información de pacientes que anotas tiene que estar bien para que el equipo médico la pueda usar.',
    },
  ],
  education: {
    typical:
      'No pudimos confirmar con la BLS (la oficina de estadísticas laborales de EE. UU.) cuántos estudios se piden normalmente. Para tomar el examen CMA, tienes que graduarte de un programa acreditado de asistente médico/a, que es formación después de la secundaria.',
    length: 'certificate',
  },
  credentials: [
    {
      code: 'CMA (AAMA)',
      name: 'Certified Medical Assistant (asistente médico/a certificado/a)',
      issuer:
        'Certifying Board of the American Association of Medical Assistants (AAMA), la junta que certifica de la asociación estadounidense del personal de asistencia médica',
      note: 'Para tomar el examen, tienes que graduarte de un programa de asistente médico/a acreditado por CAAHEP o ABHES.',
    },
    {
      code: 'RMA (AMT)',
      name: 'Registered Medical Assistant (asistente médico/a registrado/a)',
      issuer:
        'American Medical Technologists (AMT), una organización estadounidense de tecnología médica',
    },
  ],
  workplaces: ['Consultorios médicos y otros lugares donde el equipo médico atiende a pacientes'],
  remote: {
    level: 'rare',
    note: 'Tomar signos vitales, ayudar en los exámenes y poner inyecciones se tiene que hacer en persona con cada paciente.',
  },
  growth:
    'El artículo dice que trabajos relacionados como este usan habilidades parecidas. En asistencia médica ya se anota información de pacientes, así que terminar un programa de registros te podría llevar a un trabajo de técnico/a de registros médicos.',
  pay: null,
  outlook: null,
  comparedWithRecords:
    'En asistencia médica se trabaja directamente con pacientes todos los días: se toman sus signos vitales y se les ponen inyecciones. En registros casi nunca se trabaja directamente con pacientes.',
  citations: en.citations,
} satisfies CareerFacts;
