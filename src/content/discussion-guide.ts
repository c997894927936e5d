import type { CareerId } from '../domain/careers';
import type { Localized } from '../domain/locale';

/** What a counselor can bring up with a student whose result points to one career. */
export interface CareerGuide {
  /** Talking points, in the same order as GUIDE_SOURCES for the career. */
  points: readonly string[];
  /** Open questions to ask the student. */
  questions: readonly string[];
}

type Guide = Readonly<Record<CareerId, CareerGuide>>;

/**
 * The passage of ../shared/seed/medical-records-technician-careers.txt behind each talking
 * point, quoted exactly (tests check that each one is in the article). Shared by both languages.
 */
export const GUIDE_SOURCES: Readonly<Record<CareerId, readonly string[]>> = {
  'medical-records-technician': [
    'Reviewing patient records for correctness and updating them as necessary',
    'Though they don’t often work directly with patients, techs collaborate with doctors, nurses and insurance agents regularly.',
    'Most positions require a postsecondary certificate.',
    'Some medical records technician jobs may allow employees to work from home.',
  ],
  'medical-coder': [
    'Their primary job duty is to code patient diagnoses and treatment.',
    'These employees are also liaisons between care providers and billing offices.',
    'Techs have to comprehend and analyze diagnoses and doctors’ orders to file information correctly.',
  ],
  'cancer-registrar': [
    'They review pathology reports, and record the diagnoses of cancers and treatments administered.',
    'They may conduct follow-ups with former patients. Researchers also employ these workers to maintain databases.',
    'Earning the title of a Registered Health Information Technician (RHIT) or Certified Tumor Registrar (CTR)',
  ],
  'health-services-manager': [
    'They oversee the business proceedings of healthcare providers.',
    'A tech might continue their education and earn a bachelor’s degree to expand their qualifications.',
    'A tech who has worked with medical files is already familiar with related processes and the industry business model.',
  ],
  'information-clerk': [
    'These staffers perform routine duties to support the operation of a doctor’s office or treatment center.',
    'They collect and assemble data and information for patients and others on staff.',
  ],
  'medical-assistant': [
    'These employees have a hands-on role in caregiving.',
    'An assistant can record patient information, take vital signs, help with examinations, give injections and more.',
    'They may also complete other administrative tasks.',
  ],
  'pharmacy-technician': [
    'Assistants aid pharmacists as they prepare and dispense prescriptions.',
    'They measure the correct amount of medication required, package and label them, and interact with customers during pick-ups.',
  ],
  'medical-transcriptionist': [
    'This position is similar to a medical records technician job.',
    'A transcriptionist is responsible for compiling information from a visit based on recordings made by doctors and other healthcare providers.',
  ],
};

const EN: Guide = {
  'medical-records-technician': {
    points: [
      'Most of the day is checking records for mistakes and keeping them up to date.',
      'They work with doctors, nurses and insurance staff more than with patients.',
      'Most jobs ask for a certificate after high school, which can take less than two years.',
      'Some jobs can be done from home because records are now digital.',
    ],
    questions: [
      'When you organize something — notes, a game, a closet — what do you enjoy about it?',
      'How would you feel about a job where you help patients without seeing them most days?',
      'Would a program of two years or less after high school work for you and your family?',
    ],
  },
  'medical-coder': {
    points: [
      'Coders turn diagnoses and treatments into codes for billing and public health data.',
      'They connect the people giving care with the billing office.',
      'They need to read and understand medical terms and doctors’ orders.',
    ],
    questions: [
      'Do you like puzzles or rules where every detail has to be exactly right?',
      'How do you feel about learning a lot of medical words?',
    ],
  },
  'cancer-registrar': {
    points: [
      'Registrars read lab reports and record cancer diagnoses and treatments.',
      'They may follow up with former patients, and research groups hire them to keep databases.',
      'A credential such as CTR (Certified Tumor Registrar) helps when applying.',
    ],
    questions: [
      'Would work that supports medical research feel meaningful to you?',
      'How do you handle serious topics, like illness, in your reading or work?',
    ],
  },
  'health-services-manager': {
    points: [
      'Managers run the business side of a clinic or hospital.',
      'It usually means a bachelor’s degree; many start as records technicians and keep studying.',
      'Experience with medical records carries over to this job.',
    ],
    questions: [
      'When you work in a group, do you like being the one who plans and leads?',
      'Would you start with a shorter program and keep studying while you work?',
      'What would a four-year degree mean for you and your family?',
    ],
  },
  'information-clerk': {
    points: [
      'Clerks keep a doctor’s office or treatment center running day to day.',
      'They gather information for patients and for the rest of the staff.',
    ],
    questions: [
      'Do you enjoy helping people who come to you with questions?',
      'Do you like a routine where you know what each day brings?',
    ],
  },
  'medical-assistant': {
    points: [
      'Medical assistants care for patients hands-on.',
      'They record patient information, take vital signs, help with exams and give shots.',
      'They also do office tasks, so they use records skills too.',
    ],
    questions: [
      'How do you feel about working face to face with patients every day?',
      'Would you rather be moving around and using your hands, or working at a desk?',
    ],
  },
  'pharmacy-technician': {
    points: [
      'Pharmacy technicians help pharmacists prepare and hand out prescriptions.',
      'They measure medicine carefully, label it and talk with customers at pick-up.',
    ],
    questions: [
      'Are you careful with measuring and following exact steps, like in a recipe or a lab?',
      'Would you enjoy talking with customers across a counter?',
    ],
  },
  'medical-transcriptionist': {
    points: [
      'This job is close to the records technician job.',
      'Transcriptionists listen to doctors’ recordings and write them into the patient’s record.',
    ],
    questions: [
      'Do you like writing and getting the wording exactly right?',
      'Would you enjoy quiet, focused work on your own?',
    ],
  },
};

const ES: Guide = {
  'medical-records-technician': {
    points: [
      'Gran parte del día es revisar expedientes para encontrar errores y mantenerlos al día.',
      'Trabajan más con el personal médico, de enfermería y de seguros que con pacientes.',
      'La mayoría de los trabajos piden un programa de certificado después de la prepa, que puede durar menos de dos años.',
      'Algunos trabajos se pueden hacer desde casa porque los expedientes ahora son digitales.',
    ],
    questions: [
      'Cuando organizas algo —apuntes, un juego, tu clóset—, ¿qué es lo que te gusta?',
      '¿Qué te parecería un trabajo donde ayudas a la gente aunque casi nunca la ves?',
      '¿Un programa de dos años o menos después de la prepa funcionaría para ti y tu familia?',
    ],
  },
  'medical-coder': {
    points: [
      'En codificación médica se convierten diagnósticos y tratamientos en códigos para cobros y datos de salud pública.',
      'Es el enlace entre quienes dan la atención médica y la oficina de cobros.',
      'Hay que leer y entender palabras médicas y órdenes médicas.',
    ],
    questions: [
      '¿Te gustan los rompecabezas o las reglas donde cada detalle tiene que estar exacto?',
      '¿Qué te parece aprender muchas palabras médicas?',
    ],
  },
  'cancer-registrar': {
    points: [
      'En el registro de cáncer se leen informes de laboratorio y se anotan diagnósticos y tratamientos de cáncer.',
      'A veces se da seguimiento a quienes fueron pacientes, y grupos de investigación contratan a este personal para cuidar bases de datos.',
      'Una credencial como CTR (Certified Tumor Registrar, registrador/a de tumores certificado/a) ayuda al buscar trabajo.',
    ],
    questions: [
      '¿Sentirías que vale la pena un trabajo que apoya la investigación médica?',
      '¿Cómo llevas los temas serios, como las enfermedades, en lo que lees o haces?',
    ],
  },
  'health-services-manager': {
    points: [
      'En la gerencia se dirige la parte de negocio de una clínica u hospital.',
      'Casi siempre piden una licenciatura (4 años); mucha gente empieza como técnico/a de registros médicos y sigue estudiando.',
      'La experiencia con registros médicos sirve mucho en este trabajo.',
    ],
    questions: [
      'Cuando trabajas en grupo, ¿te gusta ser quien planea y dirige?',
      '¿Empezarías con un programa corto y seguirías estudiando mientras trabajas?',
      '¿Qué significaría una licenciatura de cuatro años para ti y tu familia?',
    ],
  },
  'information-clerk': {
    points: [
      'El personal de información mantiene funcionando el consultorio o centro de tratamiento cada día.',
      'Reúne información para pacientes y para el resto del personal.',
    ],
    questions: [
      '¿Te gusta ayudar a las personas que llegan con preguntas?',
      '¿Te gusta una rutina donde sabes qué trae cada día?',
    ],
  },
  'medical-assistant': {
    points: [
      'El personal de asistencia médica cuida a pacientes en persona.',
      'Anota información de cada paciente, toma signos vitales, ayuda en los exámenes y pone inyecciones.',
      'También hace tareas de oficina, así que usa habilidades de registros.',
    ],
    questions: [
      '¿Qué te parece trabajar cara a cara con pacientes todos los días?',
      '¿Prefieres moverte y usar las manos, o trabajar en un escritorio?',
    ],
  },
  'pharmacy-technician': {
    points: [
      'El personal técnico de farmacia ayuda al personal farmacéutico a preparar y entregar recetas.',
      'Mide la medicina con cuidado, la etiqueta y habla con la clientela cuando la recoge.',
    ],
    questions: [
      '¿Tienes cuidado al medir y seguir pasos exactos, como en una receta de cocina o un laboratorio?',
      '¿Te gustaría atender al público en un mostrador?',
    ],
  },
  'medical-transcriptionist': {
    points: [
      'Este trabajo se parece mucho al de técnico/a de registros médicos.',
      'En transcripción se escuchan grabaciones del equipo médico y se escriben en el expediente de cada paciente.',
    ],
    questions: [
      '¿Te gusta escribir y encontrar las palabras exactas?',
      '¿Te gustaría un trabajo tranquilo y concentrado, por tu cuenta?',
    ],
  },
};

export const DISCUSSION_GUIDE: Localized<Guide> = { en: EN, es: ES };
