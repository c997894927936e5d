import type { Question } from '../domain/types';

const SKILLS = 'Useful skills for medical records technicians';

/**
 * The quiz, in the order it is asked: an easy item first, then traits and kinds interleaved
 * (statement, activity, statement, …; never the same trait twice in a row).
 * 36 items: 3 each on organization, detail, technology, medicalVocabulary, writing, patientCare,
 * customerService and handsOn; 2 each on timeManagement, analytical, communication, independence,
 * leadership and research. `also` adds half-weight secondary traits, so every trait is measured
 * at least 3 times. Reverse-keyed items are always statements.
 * `source` names what each item traces to in the article; activity items are its listed duties.
 */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'q-neat-desk',
    kind: 'statement',
    trait: 'organization',
    text: 'I keep my room, locker or desk neat and tidy.',
    source: `${SKILLS}: "Strong organization skills"; techs "keep their desks and computers neat and tidy"`,
  },
  {
    id: 'q-front-desk',
    kind: 'activity',
    trait: 'customerService',
    also: ['communication'],
    text: "Answer visitors' questions at the front desk of a clinic.",
    source:
      'Information clerks: "support the operation of a doctor\'s office" and "collect and assemble data and information for patients"',
  },
  {
    id: 'q-spot-mistakes',
    kind: 'statement',
    trait: 'detail',
    text: 'I notice small mistakes that other people miss.',
    source: `${SKILLS}: "Attention to detail and quality assurance"`,
  },
  {
    id: 'q-blood-pressure',
    kind: 'activity',
    trait: 'patientCare',
    also: ['handsOn'],
    text: "Take a patient's blood pressure and write it down.",
    source: 'Medical assistants: "record patient information, take vital signs"',
  },
  {
    id: 'q-new-apps',
    kind: 'statement',
    trait: 'technology',
    text: 'I pick up new apps and computer programs fast.',
    source: `${SKILLS}: "Proficiency with technology"`,
  },
  {
    id: 'q-code-diagnosis',
    kind: 'activity',
    trait: 'medicalVocabulary',
    also: ['analytical'],
    text: "Look up the right code for a doctor's diagnosis.",
    source: 'Medical coders: "code patient diagnoses and treatment"',
  },
  {
    id: 'q-last-minute',
    kind: 'statement',
    trait: 'timeManagement',
    reverse: true,
    text: 'I often leave things until the last minute.',
    source: `${SKILLS}: "Excellent at time management" (reverse-keyed)`,
  },
  {
    id: 'q-measure-prescription',
    kind: 'activity',
    trait: 'handsOn',
    also: ['detail'],
    text: 'Measure out a prescription and label it.',
    source:
      'Pharmacy technicians: "measure the correct amount of medication required, package and label them"',
  },
  {
    id: 'q-explain-clearly',
    kind: 'statement',
    trait: 'communication',
    text: "I can explain things clearly to adults I don't know.",
    source: `${SKILLS}: "Solid written and verbal communication skills"; techs "collaborate with doctors, nurses and insurance agents"`,
  },
  {
    id: 'q-type-notes',
    kind: 'activity',
    trait: 'writing',
    also: ['independence'],
    text: "Type up a doctor's recorded notes, word for word.",
    source:
      'Medical transcriptionists: "compiling information from a visit based on recordings made by doctors"',
  },
  {
    id: 'q-take-charge',
    kind: 'statement',
    trait: 'leadership',
    also: ['communication'],
    text: "In group projects, I'm usually the one who takes charge.",
    source:
      'Medical and health services managers "oversee the business proceedings of healthcare providers"',
  },
  {
    id: 'q-cancer-report',
    kind: 'activity',
    trait: 'research',
    also: ['medicalVocabulary', 'analytical'],
    text: 'Read a lab report and record what kind of cancer it shows.',
    source: 'Cancer registrars: "review pathology reports, and record the diagnoses of cancers"',
  },
  {
    id: 'q-messy-backpack',
    kind: 'statement',
    trait: 'organization',
    reverse: true,
    text: 'My backpack or desk is usually a mess.',
    source:
      'Article: "Lost or misplaced files can pose major problems" (reverse-keyed organization item)',
  },
  {
    id: 'q-work-from-home',
    kind: 'activity',
    trait: 'independence',
    also: ['technology'],
    text: 'Work from home, sorting patient files on a computer.',
    source:
      'Article: "Some medical records technician jobs may allow employees to work from home"; techs "use a computer [to] organize files from their own residences"',
  },
  {
    id: 'q-care-for-people',
    kind: 'statement',
    trait: 'patientCare',
    text: 'I like helping people who are sick or hurt feel better.',
    source: 'Medical assistants: "These employees have a hands-on role in caregiving"',
  },
  {
    id: 'q-fix-record',
    kind: 'activity',
    trait: 'detail',
    also: ['organization'],
    text: "Check a patient's file for mistakes and fix them.",
    source:
      'Records technician duty: "Reviewing patient records for correctness and updating them as necessary"',
  },
  {
    id: 'q-body-words',
    kind: 'statement',
    trait: 'medicalVocabulary',
    text: 'I like learning how the body works and the names of its parts.',
    source: `${SKILLS}: "A strong medical vocabular[y]"; programs teach "medical terminology, anatomy and physiology"`,
  },
  {
    id: 'q-phone-help',
    kind: 'activity',
    trait: 'customerService',
    text: 'Answer phone calls and help people find what they need.',
    source:
      'Information clerks "perform routine duties to support the operation of a doctor\'s office"',
  },
  {
    id: 'q-dig-in',
    kind: 'statement',
    trait: 'analytical',
    also: ['research'],
    text: "When something doesn't add up, I dig in to find out why.",
    source: `${SKILLS}: "Good analytical abilities"; techs "resolve any discrepancies that arise"`,
  },
  {
    id: 'q-count-pills',
    kind: 'activity',
    trait: 'handsOn',
    text: 'Count out pills for an order, then count them again to be sure.',
    source:
      'Pharmacy technicians "prepare and dispense prescriptions" and "interact with customers during pick-ups"',
  },
  {
    id: 'q-skip-checking',
    kind: 'statement',
    trait: 'detail',
    reverse: true,
    text: "Once I finish my homework, I don't check it over.",
    source: `${SKILLS}: "quality assurance" (reverse-keyed detail item)`,
  },
  {
    id: 'q-private-files',
    kind: 'activity',
    trait: 'technology',
    also: ['organization'],
    text: 'Set up passwords so patient files stay private.',
    source:
      'Records technician duty: "Ensuring the security and confidentiality of patients\' personal health records"; providers "record and store patient information electronically"',
  },
  {
    id: 'q-clear-writing',
    kind: 'statement',
    trait: 'writing',
    text: 'People say my writing is clear and easy to follow.',
    source: `${SKILLS}: "Solid written and verbal communication skills"`,
  },
  {
    id: 'q-team-schedule',
    kind: 'activity',
    trait: 'leadership',
    also: ['timeManagement'],
    text: 'Plan the work schedule for a team of ten people.',
    source:
      'Medical and health services managers "oversee the business proceedings of healthcare providers"',
  },
  {
    id: 'q-bored-alone',
    kind: 'statement',
    trait: 'independence',
    reverse: true,
    text: 'I get bored when I work alone for a long time.',
    source:
      'Article: remote records work "from their own residences" (reverse-keyed independence item)',
  },
  {
    id: 'q-calm-patient',
    kind: 'activity',
    trait: 'patientCare',
    also: ['communication'],
    text: 'Help calm a nervous patient before an exam.',
    source: 'Medical assistants: "a hands-on role in caregiving … help with examinations"',
  },
  {
    id: 'q-plan-week',
    kind: 'statement',
    trait: 'timeManagement',
    text: 'I plan my week so I get things done on time.',
    source: `${SKILLS}: "Excellent at time management"`,
  },
  {
    id: 'q-clear-up-mixup',
    kind: 'activity',
    trait: 'communication',
    also: ['detail'],
    text: "Talk with a nurse to clear up a mix-up in a patient's chart.",
    source:
      'Article: techs "collaborate with doctors, nurses and insurance agents" to "resolve any discrepancies that arise"',
  },
  {
    id: 'q-health-class',
    kind: 'statement',
    trait: 'medicalVocabulary',
    text: 'Health and science are subjects I enjoy.',
    source:
      'Programs "include classes in health sciences like medical terminology, anatomy and physiology"',
  },
  {
    id: 'q-file-records',
    kind: 'activity',
    trait: 'organization',
    text: 'File patient records so anyone can find them fast.',
    source:
      'Records technician duty: "Organizing and coding the information"; records "accessible to those who need it"',
  },
  {
    id: 'q-strangers-tiring',
    kind: 'statement',
    trait: 'customerService',
    reverse: true,
    text: 'Talking with strangers all day would wear me out.',
    source: 'Pharmacy technicians "interact with customers during pick-ups" (reverse-keyed)',
  },
  {
    id: 'q-exam-tools',
    kind: 'activity',
    trait: 'handsOn',
    also: ['patientCare'],
    text: "Set out the tools a doctor needs for a patient's exam.",
    source: 'Medical assistants "help with examinations"',
  },
  {
    id: 'q-type-fast',
    kind: 'statement',
    trait: 'writing',
    also: ['technology'],
    text: 'I can type fast without many mistakes.',
    source:
      'Medical transcriptionists add recorded visit notes to "the patient\'s personal health history"',
  },
  {
    id: 'q-save-money',
    kind: 'activity',
    trait: 'analytical',
    also: ['leadership'],
    text: 'Find ways a clinic can save money and still give good care.',
    source:
      'Medical and health services managers "make sure services provided are high-quality and cost-effective"',
  },
  {
    id: 'q-computers-nervous',
    kind: 'statement',
    trait: 'technology',
    reverse: true,
    text: 'Computers and new software make me nervous.',
    source: 'Article: "competency with technology is becoming a necessity" (reverse-keyed)',
  },
  {
    id: 'q-follow-up',
    kind: 'activity',
    trait: 'research',
    also: ['communication'],
    text: 'Call a former patient to follow up on how they are doing.',
    source: 'Cancer registrars "may conduct follow-ups with former patients"',
  },
];
