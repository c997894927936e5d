import type { CareerFacts } from '../../../domain/types';
import { medicalRecordsTechnicianFacts as en } from '../medical-records-technician';

const BLS_SOURCE_ES =
  'Oficina de Estadísticas Laborales de EE. UU. (BLS), Manual de Perspectivas Ocupacionales';

/** Spanish text; figures' numbers and years and the article quotes are shared with the English. */
export const medicalRecordsTechnicianFactsEs = {
  id: 'medical-records-technician',
  title: 'Técnico/a de registros médicos',
  summary:
    'Mantienes los expedientes de salud de cada paciente sin errores, al día y privados, para que el personal médico y las aseguradoras tengan los datos correctos.',
  duties: [
    'Revisar los expedientes de pacientes para encontrar errores y ponerlos al día cuando haga falta.',
    'Guardar información en bases de datos clínicas y registros (listas organizadas de casos de pacientes).',
    'Organizar la información y hacer codificación médica (convertir diagnósticos en códigos cortos que usan las aseguradoras) para que el seguro pague la cantidad correcta.',
    'Mantener seguros y privados los expedientes de salud de cada paciente.',
    'Trabajar con el personal médico, de enfermería y de seguros para corregir datos que no coinciden.',
  ],
  traitsWhy: [
    {
      trait: 'detail',
      why: 'Un error en un expediente de salud puede cambiar la atención que recibe una persona o lo que paga.',
    },
    {
      trait: 'medicalVocabulary',
      why: 'Necesitas entender las palabras, los diagnósticos y las órdenes médicas para guardar cada dato en su lugar.',
    },
    {
      trait: 'organization',
      why: 'Un archivo perdido o mal guardado puede causar grandes problemas cuando la persona regresa para recibir atención.',
    },
    {
      trait: 'technology',
      why: 'Hoy casi todos los expedientes están en la computadora, así que usas programas y bases de datos todos los días.',
    },
    {
      trait: 'communication',
      why: 'Trabajas seguido con el personal médico, de enfermería y de seguros para mantener bien los archivos y aclarar confusiones.',
    },
  ],
  education: {
    typical:
      'La mayoría de los trabajos piden un certificado postsecundario (estudios después de la secundaria), y algunos piden un título. Los programas pueden durar menos de dos años, en persona o en línea. Unos pocos trabajos solo piden el diploma de secundaria (high school), pero con más estudios tienes mejores oportunidades.',
    length: 'certificate',
  },
  credentials: [
    {
      code: 'RHIT',
      name: 'Registered Health Information Technician (técnico/a registrado/a en información de salud)',
      issuer:
        'American Health Information Management Association (AHIMA), la asociación estadounidense de gestión de información de salud',
    },
    {
      code: 'ODS (formerly CTR)',
      name: 'Oncology Data Specialist (especialista en datos de oncología, es decir, de cáncer)',
      issuer:
        'National Cancer Registrars Association (NCRA), la asociación nacional de profesionales del registro de cáncer',
      note: 'Para trabajar con registros de casos de cáncer. En 2024, la NCRA cambió el nombre de la credencial CTR a ODS.',
    },
  ],
  workplaces: [
    'Hospitales (estatales, locales y privados)',
    'Consultorios médicos',
    'Centros de enfermería y de cuidado a largo plazo',
    'Compañías de seguros y organizaciones de investigación',
  ],
  remote: {
    level: 'some',
    note: 'Algunos trabajos te dejan trabajar desde casa, porque muchos expedientes ya son digitales. La BLS (la oficina de estadísticas laborales de EE. UU.) también dijo que parte del personal técnico puede trabajar desde casa (datos de 2018).',
  },
  growth:
    'Con una licenciatura (4 años), quien trabaja en registros puede subir a gerente de servicios médicos y de salud. Lo que sabe de expedientes médicos y del lado de negocio de la salud le sirve en ese puesto.',
  pay: { ...en.pay, label: '$40,350 al año (mediana)', source: BLS_SOURCE_ES },
  outlook: {
    ...en.outlook,
    label: '+11% (mucho más rápido que el promedio)',
    source: BLS_SOURCE_ES,
  },
  citations: en.citations,
} satisfies CareerFacts;
