import type { Question } from '../domain/types';

/**
 * The quiz, in the order it is asked (content version 2). 44 items, 4 on each of 11 scales:
 * - six interest areas (O*NET's RIASEC: realistic, investigative, artistic, social, enterprising,
 *   conventional) as work activities to like or dislike ("activity" items; our own wording, not
 *   the O*NET Interest Profiler's);
 * - four skills and work styles (organization, detail, technology, communication) as statements
 *   about the student ("statement" items), two of each reverse-keyed;
 * - one work preference, working on your own vs with people, two of its items reverse-keyed.
 * Every item asks one thing and counts toward one scale. The order takes one item from each
 * scale in turn, alternating interests with the rest, so no scale comes twice in a row.
 * `source` names what each item traces to in the article or the O*NET interest area it samples.
 */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'q-fix-bike',
    kind: 'activity',
    trait: 'realistic',
    text: 'Fix a bike that does not work right.',
    source: 'O*NET Realistic interest area: hands-on work with tools and machines (own wording)',
  },
  {
    id: 'q-neat-desk',
    kind: 'statement',
    trait: 'organization',
    text: 'I keep my room, locker or desk neat and tidy.',
    source:
      'Useful skills for medical records technicians: "Strong organization skills"; techs "keep their desks and computers neat and tidy"',
  },
  {
    id: 'q-body-works',
    kind: 'activity',
    trait: 'investigative',
    text: 'Learn how the human body works.',
    source:
      'Programs "include classes in health sciences like medical terminology, anatomy and physiology"',
  },
  {
    id: 'q-spot-mistakes',
    kind: 'statement',
    trait: 'detail',
    text: 'I notice small mistakes that other people miss.',
    source:
      'Useful skills for medical records technicians: "Attention to detail and quality assurance"',
  },
  {
    id: 'q-design-poster',
    kind: 'activity',
    trait: 'artistic',
    text: 'Design a poster for a school event.',
    source: 'O*NET Artistic interest area: design and making things (own wording)',
  },
  {
    id: 'q-new-apps',
    kind: 'statement',
    trait: 'technology',
    text: 'I pick up new apps and computer programs fast.',
    source: 'Useful skills for medical records technicians: "Proficiency with technology"',
  },
  {
    id: 'q-calm-patient',
    kind: 'activity',
    trait: 'social',
    text: 'Help calm a nervous patient before an exam.',
    source: 'Medical assistants "have a hands-on role in caregiving"',
  },
  {
    id: 'q-explain-clearly',
    kind: 'statement',
    trait: 'communication',
    text: "I can explain things clearly to adults I don't know.",
    source:
      'Useful skills for medical records technicians: "Solid written and verbal communication skills"',
  },
  {
    id: 'q-run-business',
    kind: 'activity',
    trait: 'enterprising',
    text: 'Run your own small business.',
    source: 'O*NET Enterprising interest area: business and leading (own wording)',
  },
  {
    id: 'q-work-alone',
    kind: 'statement',
    trait: 'independence',
    text: 'I do my best work on my own.',
    source: 'Article: "Some medical records technician jobs may allow employees to work from home"',
  },
  {
    id: 'q-file-records',
    kind: 'activity',
    trait: 'conventional',
    text: 'File patient records so anyone can find them fast.',
    source: 'Records technicians "maintain, organize and protect the records"',
  },
  {
    id: 'q-measure-medicine',
    kind: 'activity',
    trait: 'realistic',
    text: 'Measure out the right amount of medicine for an order.',
    source: 'Pharmacy technicians "measure the correct amount of medication required"',
  },
  {
    id: 'q-last-minute',
    kind: 'statement',
    trait: 'organization',
    reverse: true,
    text: 'I often leave things until the last minute.',
    source:
      'Useful skills for medical records technicians: "Excellent at time management" (reverse-keyed)',
  },
  {
    id: 'q-science-test',
    kind: 'activity',
    trait: 'investigative',
    text: 'Run a science test to check an idea.',
    source: 'O*NET Investigative interest area: science and finding things out (own wording)',
  },
  {
    id: 'q-skip-checking',
    kind: 'statement',
    trait: 'detail',
    reverse: true,
    text: "Once I finish my homework, I don't check it over.",
    source: 'Useful skills for medical records technicians: "quality assurance" (reverse-keyed)',
  },
  {
    id: 'q-write-story',
    kind: 'activity',
    trait: 'artistic',
    text: 'Write a short story.',
    source: 'O*NET Artistic interest area: creative writing (own wording)',
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
    id: 'q-teach-kids',
    kind: 'activity',
    trait: 'social',
    text: 'Teach children how to play a new game.',
    source: 'O*NET Social interest area: teaching and helping (own wording)',
  },
  {
    id: 'q-hard-to-speak-up',
    kind: 'statement',
    trait: 'communication',
    reverse: true,
    text: 'I find it hard to speak up in a group.',
    source: 'Article: "capable of communicating with these people effectively" (reverse-keyed)',
  },
  {
    id: 'q-sell-idea',
    kind: 'activity',
    trait: 'enterprising',
    text: 'Get people to try out your idea.',
    source: 'O*NET Enterprising interest area: persuading (own wording)',
  },
  {
    id: 'q-bored-alone',
    kind: 'statement',
    trait: 'independence',
    reverse: true,
    text: 'I get bored when I work alone for a long time.',
    source: 'Article: records work "remotely" (reverse-keyed)',
  },
  {
    id: 'q-check-numbers',
    kind: 'activity',
    trait: 'conventional',
    text: 'Check a long list of numbers for errors.',
    source: 'O*NET Conventional interest area: working with data and details (own wording)',
  },
  {
    id: 'q-build-shelf',
    kind: 'activity',
    trait: 'realistic',
    text: 'Build a shelf out of wood.',
    source: 'O*NET Realistic interest area: building things (own wording)',
  },
  {
    id: 'q-plan-week',
    kind: 'statement',
    trait: 'organization',
    text: 'I plan my week so I get things done on time.',
    source: 'Useful skills for medical records technicians: "Excellent at time management"',
  },
  {
    id: 'q-study-lab-report',
    kind: 'activity',
    trait: 'investigative',
    text: 'Study a lab report to learn what illness it shows.',
    source: 'Cancer registrars "review pathology reports"',
  },
  {
    id: 'q-follow-steps',
    kind: 'statement',
    trait: 'detail',
    text: 'I follow instructions exactly, step by step.',
    source: 'Article: "Techs should take note of all instructions"',
  },
  {
    id: 'q-play-music',
    kind: 'activity',
    trait: 'artistic',
    text: 'Play music in a band.',
    source: 'O*NET Artistic interest area: music and performing (own wording)',
  },
  {
    id: 'q-figure-settings',
    kind: 'statement',
    trait: 'technology',
    text: 'I can figure out the settings on a phone or laptop by myself.',
    source: 'Article: "Techs must be technologically savvy to understand the software"',
  },
  {
    id: 'q-care-sick',
    kind: 'activity',
    trait: 'social',
    text: 'Take care of people who are sick.',
    source: 'Medical assistants "have a hands-on role in caregiving"',
  },
  {
    id: 'q-clear-writing',
    kind: 'statement',
    trait: 'communication',
    text: 'People say my writing is easy to follow.',
    source:
      'Useful skills for medical records technicians: "Solid written and verbal communication skills"',
  },
  {
    id: 'q-be-boss',
    kind: 'activity',
    trait: 'enterprising',
    text: 'Be the boss of a team at work.',
    source:
      'Medical and health services managers "oversee the business proceedings of healthcare providers"',
  },
  {
    id: 'q-strangers-tiring',
    kind: 'statement',
    trait: 'independence',
    text: 'Talking with strangers all day would wear me out.',
    source:
      'Information clerks "collect and assemble data and information for patients"; pharmacy technicians "interact with customers"',
  },
  {
    id: 'q-code-diagnosis',
    kind: 'activity',
    trait: 'conventional',
    text: "Look up the right code for a doctor's diagnosis.",
    source: 'Medical coders "code patient diagnoses and treatment"',
  },
  {
    id: 'q-exam-tools',
    kind: 'activity',
    trait: 'realistic',
    text: "Set out the tools a doctor needs for a patient's exam.",
    source: 'Medical assistants "help with examinations"',
  },
  {
    id: 'q-messy-backpack',
    kind: 'statement',
    trait: 'organization',
    reverse: true,
    text: 'My backpack is usually a mess.',
    source: 'Article: "Lost or misplaced files can pose major problems" (reverse-keyed)',
  },
  {
    id: 'q-health-patterns',
    kind: 'activity',
    trait: 'investigative',
    text: 'Look for patterns in health data to help researchers.',
    source: 'Cancer registrars: "Researchers also employ these workers"',
  },
  {
    id: 'q-careless',
    kind: 'statement',
    trait: 'detail',
    reverse: true,
    text: 'I often make careless mistakes.',
    source:
      'Article: "Accuracy is crucial when dealing with a person\'s health history" (reverse-keyed)',
  },
  {
    id: 'q-act-play',
    kind: 'activity',
    trait: 'artistic',
    text: 'Act in a play.',
    source: 'O*NET Artistic interest area: performing (own wording)',
  },
  {
    id: 'q-need-tech-help',
    kind: 'statement',
    trait: 'technology',
    reverse: true,
    text: 'I need help to do most things on a computer.',
    source: 'Article: "Techs must be technologically savvy" (reverse-keyed)',
  },
  {
    id: 'q-help-classmate',
    kind: 'activity',
    trait: 'social',
    text: 'Help a classmate who is having a hard time.',
    source: 'O*NET Social interest area: helping people (own wording)',
  },
  {
    id: 'q-confusing-messages',
    kind: 'statement',
    trait: 'communication',
    reverse: true,
    text: 'People often get confused by the messages I write.',
    source:
      'Useful skills for medical records technicians: "Solid written … communication skills" (reverse-keyed)',
  },
  {
    id: 'q-clinic-budget',
    kind: 'activity',
    trait: 'enterprising',
    text: 'Decide how a clinic should spend its money.',
    source: 'Managers "make sure services provided are high-quality and cost-effective"',
  },
  {
    id: 'q-people-all-day',
    kind: 'statement',
    trait: 'independence',
    reverse: true,
    text: 'I would like a job where I am with people all day.',
    source: 'Medical assistants "have a hands-on role in caregiving" (reverse-keyed)',
  },
  {
    id: 'q-type-notes',
    kind: 'activity',
    trait: 'conventional',
    text: "Type up a doctor's recorded notes, word for word.",
    source:
      'Transcriptionists compile "information from a visit based on recordings made by doctors"',
  },
];
