import type { CareerFacts } from '../../../domain/types';
import { medicalCoderFacts as en } from '../medical-coder';

const BLS_SOURCE_ES =
  'Oficina de Estadísticas Laborales de EE. UU. (BLS), Manual de Perspectivas Ocupacionales: cifras de técnicos de registros médicos e información de salud, el grupo en el que la BLS cuenta a quienes codifican';

/** Spanish text; figures' numbers and years and the article quotes are shared with the English. */
export const medicalCoderFactsEs = {
  id: 'medical-coder',
  title: 'Codificador/a médico/a',
  summary:
    'Conviertes lo que el equipo médico escribe sobre cada paciente en códigos cortos que usan las aseguradoras y las bases de datos de salud.',
  duties: [
    'Convertir los diagnósticos y tratamientos de cada paciente en códigos (etiquetas cortas que representan una enfermedad o un tratamiento).',
    'Asegurarte de que los códigos estén bien, porque las facturas se basan en ellos.',
    'Dar información codificada a bases de datos de salud pública.',
    'Servir de enlace entre los consultorios médicos y las oficinas de facturación.',
  ],
  traitsWhy: [
    {
      trait: 'detail',
      why: 'Un solo código equivocado puede cambiar lo que se le cobra a una persona o a su seguro.',
    },
    {
      trait: 'medicalVocabulary',
      why: 'Necesitas entender los diagnósticos y las órdenes médicas para escoger el código correcto.',
    },
    {
      trait: 'analytical',
      why: 'Lees y piensas bien cada diagnóstico y cada orden médica antes de codificarlo.',
    },
    {
      trait: 'communication',
      why: 'Conectas a quienes dan la atención con las oficinas de facturación, así que necesitas explicar las cosas con claridad.',
    },
    {
      trait: 'technology',
      why: 'Casi todos los expedientes son digitales, así que trabajas con programas y bases de datos todo el día.',
    },
  ],
  education: {
    typical:
      'La mayoría empieza con un programa de certificado después de la secundaria, igual que en el trabajo de técnico/a de registros. Estos programas enseñan codificación médica, palabras médicas y cómo funcionan los pagos de los seguros. Algunos exámenes de codificación solo piden el diploma de secundaria (high school).',
    length: 'certificate',
  },
  credentials: [
    {
      code: 'CCA',
      name: 'Certified Coding Associate (asociado/a certificado/a en codificación)',
      issuer:
        'American Health Information Management Association (AHIMA), la asociación estadounidense de gestión de información de salud',
      note: 'Pide el diploma de secundaria. Se recomienda tener formación en codificación o unos 6 meses de trabajo codificando.',
    },
    {
      code: 'CCS',
      name: 'Certified Coding Specialist (especialista certificado/a en codificación)',
      issuer:
        'American Health Information Management Association (AHIMA), la asociación estadounidense de gestión de información de salud',
      note: 'Pide el diploma de secundaria. Se recomiendan clases de codificación y experiencia de trabajo codificando.',
    },
    {
      code: 'CPC',
      name: 'Certified Professional Coder (codificador/a profesional certificado/a)',
      issuer: 'AAPC',
      note: 'No se piden estudios específicos para tomar el examen. Quienes acaban de aprobarlo tienen el nivel de aprendiz (CPC-A) hasta que demuestran unos 2 años de experiencia.',
    },
  ],
  workplaces: [
    'Hospitales',
    'Consultorios médicos',
    'Centros de enfermería y de cuidado a largo plazo',
    'Compañías de seguros y organizaciones de investigación',
  ],
  remote: {
    level: 'some',
    note: 'La codificación se hace en la computadora con expedientes digitales, y el artículo dice que algunos trabajos de registros se pueden hacer desde casa.',
  },
  growth:
    'Este trabajo es parte de la familia de registros, así que tiene el mismo camino: con una licenciatura (4 años) puedes llegar a ser gerente de servicios médicos y de salud. Otro paso es pasar de la CCA a la CCS, que sugiere más experiencia codificando.',
  pay: { ...en.pay, label: '$40,350 al año (mediana)', source: BLS_SOURCE_ES },
  outlook: {
    ...en.outlook,
    label: '+11% (mucho más rápido que el promedio)',
    source: BLS_SOURCE_ES,
  },
  citations: en.citations,
} satisfies CareerFacts;
