import type { CareerFacts } from '../../domain/types';

export const medicalRecordsTechnicianFacts = {
  id: 'medical-records-technician',
  title: 'Medical records technician',
  summary:
    "Keep patients' health records correct, up to date and private, so doctors and insurers get the right facts.",
  duties: [
    'Check patient records for mistakes and update them when needed.',
    'File information into clinical databases and registries (organized lists of patient cases).',
    'Organize information and do medical coding (turning diagnoses into short codes insurers use) so insurance pays the right amount.',
    "Keep patients' health records safe and private.",
    'Work with doctors, nurses and insurance agents to fix facts that do not match.',
  ],
  traitsWhy: [
    {
      trait: 'detail',
      why: "Mistakes in a health record can change a patient's care or the bill they pay.",
    },
    {
      trait: 'medicalVocabulary',
      why: "You need to understand doctors' words, diagnoses and orders to file things in the right place.",
    },
    {
      trait: 'organization',
      why: 'A lost or misplaced file can cause big problems when a patient comes back for care.',
    },
    {
      trait: 'technology',
      why: 'Most records are now kept on computers, so you use software and databases every day.',
    },
    {
      trait: 'communication',
      why: 'You work often with doctors, nurses and insurance agents to keep files right and clear up mix-ups.',
    },
  ],
  education: {
    typical:
      'Most jobs ask for a postsecondary certificate (training after high school), and some ask for a degree. Programs can take less than two years, in person or online. A few jobs take only a high school diploma, but more schooling gives you better chances.',
    length: 'certificate',
  },
  credentials: [
    {
      code: 'RHIT',
      name: 'Registered Health Information Technician',
      issuer: 'American Health Information Management Association (AHIMA)',
    },
    {
      code: 'ODS (formerly CTR)',
      name: 'Oncology Data Specialist',
      issuer: 'National Cancer Registrars Association (NCRA)',
      note: 'For records work on cancer cases. NCRA renamed the CTR credential to ODS in 2024.',
    },
  ],
  workplaces: [
    'Hospitals (state, local and private)',
    "Doctors' offices",
    'Nursing and long-term care facilities',
    'Insurance companies and research organizations',
  ],
  remote: {
    level: 'some',
    note: 'Some jobs let you work from home, because many records are now digital. BLS also said some technicians may work from home (2018 data).',
  },
  growth:
    "With a bachelor's degree, a records tech can move up to medical and health services manager. Their know-how with medical files and the business side of healthcare carries over.",
  pay: {
    label: '$40,350 a year (median)',
    year: 'May 2018',
    source: 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook',
  },
  outlook: {
    label: '+11% (much faster than average)',
    year: '2018–28',
    source: 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook',
  },
  citations: [
    'Article: "Techs maintain each record to assure it is accurate, updated and accessible to those who need it."',
    'Article duties: "Reviewing patient records for correctness and updating them as necessary"; "Filing data for clinical databases and registries"; "Organizing and coding the information needed for medical insurance reimbursements"; "Ensuring the security and confidentiality of patients’ personal health records"',
    'Article: "Inconsistencies can affect how patients receive treatment and the amount that they pay for doctors’ services."',
    'Article: "Techs have to comprehend and analyze diagnoses and doctors’ orders to file information correctly."',
    'Article: "Lost or misplaced files can pose major problems for patients seeking future treatment."',
    'Article: "Techs must be technologically savvy to understand the software and databases they use every day."',
    'Article: "Though they don’t often work directly with patients, techs collaborate with doctors, nurses and insurance agents regularly."',
    'Article: "Most positions require a postsecondary certificate. However, some ask for a medical records technician degree."',
    'Article: "getting the proper certification can take less than two years"',
    'Article: "Although there are medical records technician jobs that accept applicants with only a high school diploma, employment prospects are best for those with higher education."',
    'Article: "State, local and private hospitals employ the most techs. These professionals also have jobs in physicians’ offices and nursing and long-term care facilities. Some handle files and data for insurers, research organizations and similar businesses."',
    'Article: "Some medical records technician jobs may allow employees to work from home."',
    'Article: "A tech might continue their education and earn a bachelor’s degree to expand their qualifications." / "One position that a records technician may pursue is a medical and health services manager."',
    'BLS OOH, Medical Records and Health Information Technicians, May 2018 wages, 2018–28 projections (archived capture 2020-12-18): median $40,350; +11%, much faster than average; typical entry education postsecondary nondegree award; "Some technicians may work from home."',
    'Credentials (shared/data/occupations.json): RHIT, AHIMA; ODS (formerly CTR), NCRA, renamed in 2024. The article names RHIT and CTR as resume boosters.',
  ],
} satisfies CareerFacts;
