import type { CareerFacts } from '../../../domain/types';
import { cancerRegistrarFacts as en } from '../cancer-registrar';

const BLS_SOURCE_ES =
  'Oficina de Estadísticas Laborales de EE. UU. (BLS), Manual de Perspectivas Ocupacionales: cifras del grupo más amplio de tecnología de información de salud y registros médicos';

/** Spanish text; figures' numbers and years and the article quotes are shared with the English. */
export const cancerRegistrarFactsEs = {
  id: 'cancer-registrar',
  title: 'Registrador/a de cáncer',
  summary:
    'Das seguimiento a casos de cáncer: lees informes médicos y anotas el diagnóstico y el tratamiento de cada paciente en una base de datos.',
  duties: [
    'Revisar informes de patología (informes de laboratorio sobre muestras de tejido que muestran si hay cáncer).',
    'Anotar los diagnósticos de cáncer y los tratamientos que recibió cada paciente.',
    'Dar seguimiento a pacientes de antes.',
    'Mantener al día bases de datos de cáncer, a veces para equipos de investigación.',
  ],
  traitsWhy: [
    {
      trait: 'research',
      why: 'Investigas a fondo informes de laboratorio y das seguimiento a pacientes de antes para que cada caso quede completo.',
    },
    {
      trait: 'medicalVocabulary',
      why: 'Los informes de patología están llenos de palabras médicas que necesitas entender.',
    },
    {
      trait: 'detail',
      why: 'Cada diagnóstico y tratamiento se debe anotar con exactitud, porque los equipos de investigación dependen de esos datos.',
    },
    {
      trait: 'technology',
      why: 'Guardas los registros en bases de datos, así que pasas casi todo el día en la computadora.',
    },
    {
      trait: 'communication',
      why: 'Dar seguimiento a pacientes de antes significa hablar con la gente de forma clara y amable.',
    },
  ],
  education: {
    typical:
      'La BLS (la oficina de estadísticas laborales de EE. UU.) dice que los trabajos de este grupo suelen empezar con un título de asociado (2 años de universidad), pero algunos piden una licenciatura (4 años). Puede que te pidan una credencial o que la prefieran.',
    length: 'associate',
  },
  credentials: [
    {
      code: 'ODS (formerly CTR)',
      name: 'Oncology Data Specialist (especialista en datos de oncología, es decir, de cáncer)',
      issuer:
        'National Cancer Registrars Association (NCRA), la asociación nacional de profesionales del registro de cáncer',
      note: 'En 2024, la NCRA cambió el nombre de la credencial Certified Tumor Registrar (CTR, registrador/a de tumores certificado/a) a ODS.',
    },
    {
      code: 'RHIT',
      name: 'Registered Health Information Technician (técnico/a registrado/a en información de salud)',
      issuer:
        'American Health Information Management Association (AHIMA), la asociación estadounidense de gestión de información de salud',
    },
  ],
  workplaces: [
    'Hospitales',
    'Consultorios médicos',
    'Centros de atención ambulatoria (clínicas donde no se pasa la noche)',
    'Organizaciones de investigación',
  ],
  remote: {
    level: 'some',
    note: 'El artículo dice que algunos trabajos de registros se pueden hacer desde casa porque los expedientes ya son digitales, y en el registro de cáncer se trabaja casi siempre en la computadora. No encontramos un dato solo para este trabajo.',
  },
  growth:
    'Este trabajo es parte de la familia de registros, así que tiene el mismo camino: con una licenciatura (4 años) puedes llegar a ser gerente de servicios médicos y de salud.',
  pay: { ...en.pay, label: '$58,250 al año (mediana)', source: BLS_SOURCE_ES },
  outlook: {
    ...en.outlook,
    label: '+16% (mucho más rápido que el promedio)',
    source: BLS_SOURCE_ES,
  },
  citations: en.citations,
} satisfies CareerFacts;
