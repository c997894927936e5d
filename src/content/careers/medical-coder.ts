import type { CareerFacts } from '../../domain/types';

const BLS_RECORDS_SOURCE =
  'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (figures for medical records and health information technicians; BLS counts medical coders in that group)';

export const medicalCoderFacts = {
  id: 'medical-coder',
  title: 'Medical coder',
  summary:
    'Turn what doctors write about a patient into short codes that insurers and health databases use.',
  duties: [
    "Turn each patient's diagnoses and treatments into codes (short labels that stand for an illness or a treatment).",
    'Make sure the codes are right, because bills are based on them.',
    'Provide coded information for public health databases.',
    "Act as a go-between for doctors' offices and billing offices.",
  ],
  traitsWhy: [
    {
      trait: 'detail',
      why: 'One wrong code can change what a patient or their insurance is charged.',
    },
    {
      trait: 'medicalVocabulary',
      why: "You need to understand diagnoses and doctors' orders to pick the right code.",
    },
    {
      trait: 'analytical',
      why: "You read and think through each diagnosis and doctor's order before you code it.",
    },
    {
      trait: 'communication',
      why: 'You link care providers and billing offices, so you need to explain things clearly.',
    },
    {
      trait: 'technology',
      why: 'Records are mostly digital, so you work in software and databases all day.',
    },
  ],
  education: {
    typical:
      'Most start with a certificate program after high school, like records techs. These programs teach medical coding, medical words and how insurance payment works. Some coding exams only ask for a high school diploma.',
    length: 'certificate',
  },
  credentials: [
    {
      code: 'CCA',
      name: 'Certified Coding Associate',
      issuer: 'American Health Information Management Association (AHIMA)',
      note: 'Needs a high school diploma. Coding training or about 6 months of coding work is recommended.',
    },
    {
      code: 'CCS',
      name: 'Certified Coding Specialist',
      issuer: 'American Health Information Management Association (AHIMA)',
      note: 'Needs a high school diploma. Coding classes plus coding work experience are recommended.',
    },
    {
      code: 'CPC',
      name: 'Certified Professional Coder',
      issuer: 'AAPC',
      note: 'No set schooling is needed to take the exam. New passers are apprentices (CPC-A) until they show about 2 years of experience.',
    },
  ],
  workplaces: [
    'Hospitals',
    "Doctors' offices",
    'Nursing and long-term care facilities',
    'Insurance companies and research organizations',
  ],
  remote: {
    level: 'some',
    note: 'Coding is done on computers with digital records, and the article says some records jobs can be done from home.',
  },
  growth:
    "Coders are part of the records family, so the same path is open: a bachelor's degree can lead to a medical and health services manager job. Moving from the CCA to the CCS, which suggests more coding experience, is another step.",
  pay: {
    label: '$40,350 a year (median)',
    year: 'May 2018',
    source: BLS_RECORDS_SOURCE,
  },
  outlook: {
    label: '+11% (much faster than average)',
    year: '2018–28',
    source: BLS_RECORDS_SOURCE,
  },
  citations: [
    'Article: "For example, some techs may work as medical coders. Their primary job duty is to code patient diagnoses and treatment. This is important for billing purposes and public health databases. These employees are also liaisons between care providers and billing offices."',
    'Article: "Techs have to comprehend and analyze diagnoses and doctors’ orders to file information correctly. This also affects the way the provider bills a patient and their insurance company."',
    'Article: "Techs must be technologically savvy to understand the software and databases they use every day."',
    'Article: "Both programs normally include classes in health sciences like medical terminology, anatomy and physiology. They also cover specific records-related topics such as healthcare statistics, reimbursement methods and medical coding."',
    'Article: "The move toward digital recordkeeping gives lots of techs the flexibility to do their everyday tasks remotely."',
    'Article: "A tech might continue their education and earn a bachelor’s degree to expand their qualifications."',
    'BLS OOH, Medical Records and Health Information Technicians, May 2018 wages, 2018–28 projections (archived capture 2020-12-18). BLS covers medical coders inside this profile (O*NET 29-2072.00: "Includes medical coders."); no separate BLS figures for coders.',
    "Credentials (shared/data/occupations.json): CCA and CCS, AHIMA (high school diploma required; training/experience recommended); CPC, AAPC (no proof of education to sit the exam; CPC-A until 2 years' experience equivalency).",
    'Workplaces: those the article gives for records technicians, the group BLS counts coders in.',
  ],
} satisfies CareerFacts;
