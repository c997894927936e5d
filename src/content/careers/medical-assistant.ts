import type { CareerFacts } from '../../domain/types';

export const medicalAssistantFacts = {
  id: 'medical-assistant',
  title: 'Medical assistant',
  summary:
    'Work hands-on with patients, taking vital signs and helping with exams, plus some office tasks.',
  duties: [
    'Record patient information.',
    'Take vital signs (like temperature, pulse and blood pressure).',
    'Help doctors with patient exams.',
    'Give injections (shots).',
    'Do office tasks too, like scheduling appointments.',
  ],
  traitsWhy: [
    {
      trait: 'patientCare',
      why: 'This is a hands-on caregiving job, so you work with patients all day.',
    },
    {
      trait: 'handsOn',
      why: 'Taking vital signs, helping with exams and giving shots are all done with your hands.',
    },
    {
      trait: 'communication',
      why: 'You talk with patients while you record their information and help with their exams.',
    },
    {
      trait: 'detail',
      why: 'The patient information you record has to be right for the doctor to use it.',
    },
  ],
  education: {
    typical:
      'We could not confirm the usual schooling with BLS. To take the CMA exam, you must graduate from an accredited medical assisting program, which is training after high school.',
    length: 'certificate',
  },
  credentials: [
    {
      code: 'CMA (AAMA)',
      name: 'Certified Medical Assistant',
      issuer: 'Certifying Board of the American Association of Medical Assistants (AAMA)',
      note: 'You must graduate from a medical assisting program accredited by CAAHEP or ABHES to take the exam.',
    },
    {
      code: 'RMA (AMT)',
      name: 'Registered Medical Assistant',
      issuer: 'American Medical Technologists (AMT)',
    },
  ],
  workplaces: ["Doctors' offices and other places where doctors see patients"],
  remote: {
    level: 'rare',
    note: 'Taking vital signs, helping with exams and giving shots have to be done in person with the patient.',
  },
  growth:
    'The article says related jobs like this one use similar skills. Medical assistants already record patient information, so finishing a records program could lead to a medical records technician job.',
  pay: null,
  outlook: null,
  comparedWithRecords:
    'A medical assistant works hands-on with patients every day, taking vital signs and giving shots. Records techs rarely work directly with patients.',
  citations: [
    'Article: "Medical assistants: These employees have a hands-on role in caregiving. An assistant can record patient information, take vital signs, help with examinations, give injections and more. They may also complete other administrative tasks."',
    'Article: "Though they don’t often work directly with patients, techs collaborate with doctors, nurses and insurance agents regularly." (records technicians)',
    'Article: "A number of these alternatives use similar skill sets and experiences."',
    'O*NET 29.3, 31-9092.00 description: "Perform administrative and certain clinical duties under the direction of a physician." (basis for the workplace line); "Administrative duties may include scheduling appointments..." (example of an office task); Job Zone 3.',
    'Credentials (shared/data/occupations.json): CMA (AAMA), Certifying Board of the AAMA, requires graduation from a CAAHEP- or ABHES-accredited program (aama-ntl.org); RMA (AMT), American Medical Technologists.',
    'Pay and outlook: no bls.gov copy of the Medical Assistants profile was found, so no verified BLS figures are shown.',
  ],
} satisfies CareerFacts;
