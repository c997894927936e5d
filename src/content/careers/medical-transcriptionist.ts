import type { CareerFacts } from '../../domain/types';

const BLS_TRANSCRIPTION_SOURCE =
  'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (Medical Transcriptionists)';

export const medicalTranscriptionistFacts = {
  id: 'medical-transcriptionist',
  title: 'Medical transcriptionist',
  summary:
    "Listen to doctors' recorded notes about a visit and type them up for the patient's health record.",
  duties: [
    'Listen to recordings that doctors and other care providers make about a visit.',
    'Write up what happened during the visit from those recordings.',
    "Add the write-up to the patient's health record.",
    'Turn medical abbreviations (short forms) into full, clear words and fix mistakes.',
  ],
  traitsWhy: [
    {
      trait: 'writing',
      why: 'Your main job is turning what you hear into clear, correct written notes.',
    },
    {
      trait: 'detail',
      why: "A wrong word in a visit note ends up in the patient's health history.",
    },
    {
      trait: 'medicalVocabulary',
      why: 'Doctors speak in medical words and short forms that you need to understand and spell out.',
    },
    {
      trait: 'independence',
      why: 'O*NET rates working on your own as very important here, and BLS says some transcriptionists are self-employed.',
    },
  ],
  education: {
    typical:
      'BLS says most need a postsecondary certificate (a training program after high school).',
    length: 'certificate',
  },
  credentials: [
    {
      code: 'RHDS',
      name: 'Registered Healthcare Documentation Specialist',
      issuer: 'Association for Healthcare Documentation Integrity (AHDI)',
      note: 'Lasts 3 years. It is needed before the CHDS, except for people who already hold the older CMT credential.',
    },
    {
      code: 'CHDS',
      name: 'Certified Healthcare Documentation Specialist',
      issuer: 'Association for Healthcare Documentation Integrity (AHDI)',
      note: 'Needs the RHDS (or the older CMT) first. AHDI recommends at least 2 years of experience, such as in hospital care or across many medical specialties.',
    },
  ],
  workplaces: [
    'Hospitals',
    "Doctors' offices",
    'Transcription service companies',
    'Their own business (self-employed)',
  ],
  remote: {
    level: 'unknown',
    note: 'We could not confirm how often this job is done from home. BLS says some transcriptionists work for transcription companies or for themselves, but an older claim that many work from home could not be checked.',
  },
  growth:
    'The article calls this job similar to records work, so moving into a medical records technician job is a natural step. Within the field, the RHDS credential leads on to the CHDS.',
  pay: {
    label: '$35,720 a year (median)',
    year: 'May 2016',
    source: BLS_TRANSCRIPTION_SOURCE,
  },
  outlook: {
    label: '−3% (decline)',
    year: '2016–26',
    source: BLS_TRANSCRIPTION_SOURCE,
  },
  comparedWithRecords:
    "The article calls the two jobs similar. A transcriptionist turns doctors' recordings into written notes, while a records tech checks, codes and protects the whole record.",
  citations: [
    'Article: "Medical transcriptionists: This position is similar to a medical records technician job. A transcriptionist is responsible for compiling information from a visit based on recordings made by doctors and other healthcare providers. They then add it to the patient’s personal health history."',
    'O*NET 29.3, 31-9094.00 description (added duty): "Transcribe dictated reports and translate abbreviations into fully understandable form. Edit as necessary..."',
    'O*NET 29.3 Work Styles (IM, 08/2021): Independence 4.07, Attention to Detail 4.55; Knowledge English Language 4.54; Skills Writing 3.88.',
    'BLS OOH, Medical Transcriptionists, May 2016 wages, 2016–26 projections (stored bls.gov mobile copy): median $35,720; −3%, decline; postsecondary nondegree award; "Most medical transcriptionists work for hospitals, physicians\' offices, and third-party transcription service companies that provide transcription services to healthcare establishments. Others are self-employed."',
    'Remote work: an older OOH line ("Many medical transcriptionists telecommute from home-based offices") survives only in a secondary copy of a pre-2010 edition and is not used.',
    'Credentials (shared/data/occupations.json, AHDI pages): RHDS valid 3 years and a prerequisite for CHDS (except current CMTs); CHDS recommends at least 2 years of acute-care or multi-specialty experience.',
  ],
} satisfies CareerFacts;
