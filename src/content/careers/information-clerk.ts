import type { CareerFacts } from '../../domain/types';

const BLS_CLERK_SOURCE =
  'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (Receptionists; covers receptionists and information clerks)';

export const informationClerkFacts = {
  id: 'information-clerk',
  title: 'Information clerk',
  summary:
    "Help a doctor's office or clinic run smoothly by gathering and sharing information for patients and staff.",
  duties: [
    "Handle the everyday tasks that keep a doctor's office or treatment center running.",
    'Collect and put together information for patients.',
    'Gather and organize information for other staff members.',
    'Answer questions from patients and visitors.',
  ],
  traitsWhy: [
    {
      trait: 'customerService',
      why: 'Much of the job is helping patients and visitors with the information they need.',
    },
    {
      trait: 'communication',
      why: 'You pass information between patients and staff, so it has to be clear.',
    },
    {
      trait: 'organization',
      why: 'You collect and put together information so the office keeps running smoothly.',
    },
    {
      trait: 'detail',
      why: 'The information you hand out has to be right, or patients and staff get mixed up.',
    },
  ],
  education: {
    typical:
      'Most jobs ask for a high school diploma, and you learn the rest with short training on the job.',
    length: 'high-school',
  },
  credentials: [],
  workplaces: [
    "Doctors' offices",
    'Treatment centers',
    'Offices in almost every other industry too',
  ],
  remote: {
    level: 'rare',
    note: 'Most of the job is helping the patients, visitors and staff who are at the office, so it is usually done in person. We found no figure on working from home.',
  },
  growth:
    'The article says related jobs like this one use similar skills. Handling information for patients and staff is a good base for records work, and a certificate program could lead to a medical records technician job.',
  pay: {
    label: '$28,390 a year (median)',
    year: 'May 2017',
    source: BLS_CLERK_SOURCE,
  },
  outlook: {
    label: '+9% (as fast as average)',
    year: '2016–26',
    source: BLS_CLERK_SOURCE,
  },
  comparedWithRecords:
    'Both jobs handle information, but a clerk spends more time helping patients and staff directly. A records tech spends more time checking, coding and protecting health records.',
  citations: [
    'Article: "Information clerks: These staffers perform routine duties to support the operation of a doctor’s office or treatment center. They collect and assemble data and information for patients and others on staff."',
    'Article: "A number of these alternatives use similar skill sets and experiences."',
    'O*NET 29.3, 43-4171.00 description (added duty): "Answer inquiries and provide information to the general public, customers, visitors, and other interested parties..."',
    'O*NET 29.3 (IM, 08/2023): Knowledge Customer and Personal Service 4.21; Skills Speaking 3.88, Active Listening 3.75; Work Style Attention to Detail 4.16.',
    'BLS OOH, Receptionists (SOC 43-4171 Receptionists and Information Clerks), May 2017 wages, 2016–26 projections (webharvest.gov capture of bls.gov, 2019-01-09): median $28,390; +9%, as fast as average; high school diploma or equivalent; short-term on-the-job training; "Receptionists are employed in nearly every industry."',
    'Article: "Most positions require a postsecondary certificate." (records technician jobs; basis for the growth step)',
  ],
} satisfies CareerFacts;
