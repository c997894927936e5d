import type { CareerFacts } from '../../../domain/types';
import { informationClerkFacts as en } from '../information-clerk';

const BLS_SOURCE_ES =
  'Oficina de Estadísticas Laborales de EE. UU. (BLS), Manual de Perspectivas Ocupacionales: recepción, que incluye los puestos de recepcionista y de información';

/** Spanish text; figures' numbers and years and the article quotes are shared with the English. */
export const informationClerkFactsEs = {
  id: 'information-clerk',
  title: 'Empleado/a de información',
  summary:
    'Ayudas a que un consultorio o una clínica funcione bien reuniendo y compartiendo información para pacientes y personal.',
  duties: [
    'Hacer las tareas de todos los días que mantienen funcionando un consultorio médico o un centro de tratamiento.',
    'Reunir y preparar información para pacientes.',
    'Juntar y organizar información para otros miembros del personal.',
    'Contestar las preguntas de pacientes y visitantes.',
  ],
  traitsWhy: [
    {
      trait: 'customerService',
      why: 'Gran parte del trabajo es ayudar a pacientes y visitantes con la información que necesitan.',
    },
    {
      trait: 'communication',
      why: 'Pasas información entre pacientes y personal, así que tiene que quedar clara.',
    },
    {
      trait: 'organization',
      why: 'Reúnes y preparas información para que el consultorio siga funcionando sin problemas.',
    },
    {
      trait: 'detail',
      why: 'La información que das tiene que estar bien; si no, pacientes y personal se confunden.',
    },
  ],
  education: {
    typical:
      'La mayoría de los trabajos piden el diploma de secundaria (high school), y lo demás lo aprendes con una capacitación corta en el trabajo.',
    length: 'high-school',
  },
  credentials: [],
  workplaces: [
    'Consultorios médicos',
    'Centros de tratamiento',
    'Oficinas de casi cualquier otra industria también',
  ],
  remote: {
    level: 'rare',
    note: 'Casi todo el trabajo es ayudar a pacientes, visitantes y personal que están en la oficina, así que normalmente se hace en persona. No encontramos datos sobre trabajar desde casa.',
  },
  growth:
    'El artículo dice que trabajos relacionados como este usan habilidades parecidas. Manejar información para pacientes y personal es una buena base para el trabajo con registros, y un programa de certificado te podría llevar a un trabajo de técnico/a de registros médicos.',
  pay: { ...en.pay, label: '$28,390 al año (mediana)', source: BLS_SOURCE_ES },
  outlook: { ...en.outlook, label: '+9% (tan rápido como el promedio)', source: BLS_SOURCE_ES },
  comparedWithRecords:
    'Los dos trabajos manejan información, pero en el trabajo de información se pasa más tiempo ayudando directamente a pacientes y personal. En registros se pasa más tiempo revisando, codificando y protegiendo expedientes de salud.',
  citations: en.citations,
} satisfies CareerFacts;
