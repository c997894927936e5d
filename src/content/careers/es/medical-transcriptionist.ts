import type { CareerFacts } from '../../../domain/types';
import { medicalTranscriptionistFacts as en } from '../medical-transcriptionist';

const BLS_SOURCE_ES =
  'Oficina de Estadísticas Laborales de EE. UU. (BLS), Manual de Perspectivas Ocupacionales: transcripción médica';

/** Spanish text; figures' numbers and years and the article quotes are shared with the English. */
export const medicalTranscriptionistFactsEs = {
  id: 'medical-transcriptionist',
  title: 'Transcriptor/a médico/a',
  summary:
    'Escuchas las notas grabadas del equipo médico sobre una consulta y las escribes para el expediente de salud de cada paciente.',
  duties: [
    'Escuchar las grabaciones que hace el personal médico y de salud sobre una consulta.',
    'Escribir, a partir de esas grabaciones, lo que pasó durante la consulta.',
    'Agregar ese texto al expediente de salud de cada paciente.',
    'Convertir abreviaturas médicas (formas cortas) en palabras completas y claras, y corregir errores.',
  ],
  traitsWhy: [
    {
      trait: 'writing',
      why: 'Tu trabajo principal es convertir lo que escuchas en notas escritas claras y correctas.',
    },
    {
      trait: 'detail',
      why: 'Una palabra equivocada en la nota de una consulta termina en el historial de salud de una persona.',
    },
    {
      trait: 'medicalVocabulary',
      why: 'El equipo médico habla con palabras médicas y formas cortas que necesitas entender y escribir completas.',
    },
    {
      trait: 'independence',
      why: 'O*NET califica trabajar por tu cuenta como muy importante aquí, y la BLS dice que en transcripción hay quienes trabajan por cuenta propia.',
    },
  ],
  education: {
    typical:
      'La BLS (la oficina de estadísticas laborales de EE. UU.) dice que la mayoría necesita un certificado postsecundario (un programa de formación después de la secundaria).',
    length: 'certificate',
  },
  credentials: [
    {
      code: 'RHDS',
      name: 'Registered Healthcare Documentation Specialist (especialista registrado/a en documentación de salud)',
      issuer:
        'Association for Healthcare Documentation Integrity (AHDI), la asociación para la integridad de la documentación de salud',
      note: 'Dura 3 años. Se necesita antes de la CHDS, menos para quienes ya tienen la credencial anterior CMT.',
    },
    {
      code: 'CHDS',
      name: 'Certified Healthcare Documentation Specialist (especialista certificado/a en documentación de salud)',
      issuer:
        'Association for Healthcare Documentation Integrity (AHDI), la asociación para la integridad de la documentación de salud',
      note: 'Primero necesitas la RHDS (o la anterior CMT). La AHDI recomienda al menos 2 años de experiencia, por ejemplo en atención hospitalaria o en muchas especialidades médicas.',
    },
  ],
  workplaces: [
    'Hospitales',
    'Consultorios médicos',
    'Compañías de servicios de transcripción',
    'Su propio negocio (por cuenta propia)',
  ],
  remote: {
    level: 'unknown',
    note: 'No pudimos confirmar qué tan seguido se hace este trabajo desde casa. La BLS dice que en transcripción hay quienes trabajan para compañías de transcripción o por su cuenta, pero no pudimos comprobar un dato viejo que decía que muchos trabajan desde casa.',
  },
  growth:
    'El artículo dice que este trabajo se parece al de registros, así que pasar a un trabajo de técnico/a de registros médicos es un paso natural. Dentro del campo, la credencial RHDS lleva a la CHDS.',
  pay: { ...en.pay, label: '$35,720 al año (mediana)', source: BLS_SOURCE_ES },
  outlook: { ...en.outlook, label: '−3% (disminución)', source: BLS_SOURCE_ES },
  comparedWithRecords:
    'El artículo dice que los dos trabajos se parecen. En transcripción se convierten las grabaciones del equipo médico en notas escritas, mientras que en registros se revisa, codifica y protege todo el expediente.',
  citations: en.citations,
} satisfies CareerFacts;
