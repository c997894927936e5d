import type { CareerFacts } from '../../domain/types';

const BLS_REGISTRAR_SOURCE =
  'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (figures for the wider group "health information technologists and medical registrars")';

export const cancerRegistrarFacts = {
  id: 'cancer-registrar',
  title: 'Cancer registrar',
  summary:
    "Track cancer cases by reading medical reports and recording each patient's diagnosis and treatment in a database.",
  duties: [
    'Review pathology reports (lab reports on tissue samples that show whether cancer is present).',
    'Record cancer diagnoses and the treatments patients received.',
    'Follow up with former patients.',
    'Keep cancer databases up to date, sometimes for researchers.',
  ],
  traitsWhy: [
    {
      trait: 'research',
      why: 'You dig into lab reports and follow up on past patients to keep each case complete.',
    },
    {
      trait: 'medicalVocabulary',
      why: 'Pathology reports are full of medical words you need to understand.',
    },
    {
      trait: 'detail',
      why: 'Each diagnosis and treatment must be recorded exactly, since researchers rely on the data.',
    },
    {
      trait: 'technology',
      why: 'You keep the records in databases, so you work on a computer most of the day.',
    },
    {
      trait: 'communication',
      why: 'Following up with former patients means talking with people clearly and kindly.',
    },
  ],
  education: {
    typical:
      "BLS says jobs in this group usually start with an associate's degree (a two-year college degree), but some ask for a bachelor's degree. A credential may be required or preferred.",
    length: 'associate',
  },
  credentials: [
    {
      code: 'ODS (formerly CTR)',
      name: 'Oncology Data Specialist',
      issuer: 'National Cancer Registrars Association (NCRA)',
      note: 'NCRA renamed the Certified Tumor Registrar (CTR) credential to ODS in 2024.',
    },
    {
      code: 'RHIT',
      name: 'Registered Health Information Technician',
      issuer: 'American Health Information Management Association (AHIMA)',
    },
  ],
  workplaces: [
    'Hospitals',
    "Doctors' offices",
    "Outpatient care centers (clinics where patients don't stay overnight)",
    'Research organizations',
  ],
  remote: {
    level: 'some',
    note: 'The article says some records jobs can be done from home as records go digital, and registrars work mostly at a computer. We found no figure for registrars alone.',
  },
  growth:
    "Registrars are part of the records family, so the same path is open: a bachelor's degree can lead to a medical and health services manager job.",
  pay: {
    label: '$58,250 a year (median)',
    year: 'May 2022',
    source: BLS_REGISTRAR_SOURCE,
  },
  outlook: {
    label: '+16% (much faster than average)',
    year: '2022–32',
    source: BLS_REGISTRAR_SOURCE,
  },
  citations: [
    'Article: "Another specialized job option is that of a cancer registrar. They review pathology reports, and record the diagnoses of cancers and treatments administered. They may conduct follow-ups with former patients. Researchers also employ these workers to maintain databases."',
    'Article: "Accuracy is crucial when dealing with a person’s health history."',
    'Article: "Today, healthcare providers usually record and store patient information electronically."',
    'Article: "Some medical records technician jobs may allow employees to work from home."',
    'Article: "A tech might continue their education and earn a bachelor’s degree to expand their qualifications."',
    'BLS OOH, Health Information Technologists and Medical Registrars, May 2022 wages, 2022–32 projections (stored stats.bls.gov copy): median $58,250; +16%, much faster than average; typical entry education associate\'s degree; "Education requirements vary... Certification may be required or preferred."; "usually work in an office setting and may spend many hours at a computer."',
    'BLS OEWS May 2021, 29-9021: top industries are general medical and surgical hospitals, offices of physicians, management of companies, outpatient care centers.',
    'Credentials (shared/data/occupations.json): ODS, formerly CTR (NCRA; renamed as of January 1, 2024); RHIT (AHIMA).',
  ],
} satisfies CareerFacts;
