import type { CareerFacts } from '../../../domain/types';
import { healthServicesManagerFacts as en } from '../health-services-manager';

const BLS_SOURCE_ES =
  'Oficina de Estadísticas Laborales de EE. UU. (BLS), Manual de Perspectivas Ocupacionales: gerentes de servicios médicos y de salud';

/** Spanish text; figures' numbers and years and the article quotes are shared with the English. */
export const healthServicesManagerFactsEs = {
  id: 'health-services-manager',
  title: 'Gerente de servicios médicos y de salud',
  summary:
    'Diriges el lado de negocio de un hospital, una clínica o un consultorio para que la atención sea buena y los costos sean razonables.',
  duties: [
    'Supervisar el lado de negocio de un proveedor de atención médica.',
    'Asegurarte de que la atención que recibe cada paciente sea de alta calidad y no desperdicie dinero.',
    'Planear y coordinar servicios de salud en lugares como hospitales, clínicas y agencias de salud pública.',
  ],
  traitsWhy: [
    {
      trait: 'leadership',
      why: 'Supervisas cómo funciona un proveedor de atención médica, así que diriges a personas y tomas las decisiones.',
    },
    {
      trait: 'analytical',
      why: 'Para que la atención sea de alta calidad sin costar de más, tienes que comparar opciones y números.',
    },
    {
      trait: 'communication',
      why: 'O*NET califica hablar y escuchar como habilidades muy importantes para este trabajo.',
    },
    {
      trait: 'organization',
      why: 'Planear y coordinar muchos servicios de salud a la vez pide una mente muy organizada.',
    },
  ],
  education: {
    typical:
      'La mayoría de los trabajos piden una licenciatura (4 años) y algo de experiencia de trabajo relacionada. El artículo lo describe como un paso hacia arriba para quien trabaja en registros: sacar una licenciatura y usar lo que aprendiste trabajando con expedientes médicos.',
    length: 'bachelor',
  },
  credentials: [],
  workplaces: [
    'Hospitales',
    'Consultorios médicos y grupos de práctica médica',
    'Casas de reposo',
    'Centros de atención ambulatoria',
    'Servicios de cuidado de salud en casa',
  ],
  remote: {
    level: 'unknown',
    note: 'No encontramos ninguna fuente sobre trabajar desde casa en este puesto. La BLS (la oficina de estadísticas laborales de EE. UU.) dice que la mayor parte de quienes trabajan como gerentes lo hace en centros de salud como hospitales, casas de reposo y grupos de práctica médica.',
  },
  growth:
    'Este es el paso hacia arriba que el artículo describe para quienes trabajan en registros y sacan una licenciatura. La BLS dice que quienes empiezan como gerentes suelen tener algo de experiencia relacionada, y el artículo dice que la experiencia con registros sirve mucho aquí.',
  pay: { ...en.pay, label: '$110,680 al año (mediana)', source: BLS_SOURCE_ES },
  outlook: {
    ...en.outlook,
    label: '+29% (mucho más rápido que el promedio)',
    source: BLS_SOURCE_ES,
  },
  comparedWithRecords:
    'En registros se trabaja con expedientes y datos de pacientes. En la gerencia se supervisa el lado de negocio de la atención: se dirige al personal y se asegura de que los servicios sean de alta calidad y valgan lo que cuestan.',
  citations: en.citations,
} satisfies CareerFacts;
