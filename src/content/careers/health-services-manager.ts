import type { CareerFacts } from '../../domain/types';

const BLS_MANAGER_SOURCE =
  'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (Medical and Health Services Managers)';

export const healthServicesManagerFacts = {
  id: 'health-services-manager',
  title: 'Medical and health services manager',
  summary:
    'Run the business side of a hospital, clinic or medical practice so care stays good and costs stay sensible.',
  duties: [
    'Oversee the business side of a healthcare provider.',
    'Make sure the care patients get is high quality and does not waste money.',
    'Plan and coordinate health services in places like hospitals, clinics and public health agencies.',
  ],
  traitsWhy: [
    {
      trait: 'leadership',
      why: 'You oversee how a healthcare provider runs, so you lead people and make the calls.',
    },
    {
      trait: 'analytical',
      why: 'Keeping care both high quality and cost-effective means weighing choices and numbers.',
    },
    {
      trait: 'communication',
      why: 'O*NET rates speaking and listening as very important skills for this job.',
    },
    {
      trait: 'organization',
      why: 'Planning and coordinating many health services at once takes a well-organized mind.',
    },
  ],
  education: {
    typical:
      "Most jobs ask for a bachelor's degree plus some related work experience. The article describes this as a step up for records techs: earn a bachelor's degree and use what you learned working with medical files.",
    length: 'bachelor',
  },
  credentials: [],
  workplaces: [
    'Hospitals',
    "Doctors' offices and group medical practices",
    'Nursing homes',
    'Outpatient care centers',
    'Home health care services',
  ],
  remote: {
    level: 'unknown',
    note: 'We found no source on working from home for this job. BLS says most managers work in healthcare facilities such as hospitals, nursing homes and group medical practices.',
  },
  growth:
    "This is the step up the article describes for records techs who earn a bachelor's degree. BLS says new managers usually have some related work experience, and the article says records experience carries over well.",
  pay: {
    label: '$110,680 a year (median)',
    year: 'May 2023',
    source: BLS_MANAGER_SOURCE,
  },
  outlook: {
    label: '+29% (much faster than average)',
    year: '2023–33',
    source: BLS_MANAGER_SOURCE,
  },
  comparedWithRecords:
    'A records tech works with patient files and data. A manager oversees the business side of care, leading staff and making sure services are high quality and worth what they cost.',
  citations: [
    'Article: "One position that a records technician may pursue is a medical and health services manager. They oversee the business proceedings of healthcare providers. They make sure services provided are high-quality and cost-effective."',
    'Article: "A tech might continue their education and earn a bachelor’s degree to expand their qualifications. This can earn them a higher-level position in healthcare."',
    'Article: "A tech who has worked with medical files is already familiar with related processes and the industry business model. Their skills should easily translate to this job."',
    'O*NET 29.3, 11-9111.00 description (added duty): "Plan, direct, or coordinate medical and health services in hospitals, clinics, managed care organizations, public health agencies, or similar organizations."',
    'O*NET 29.3 (IM, 08/2022): Skills Speaking 4.12, Active Listening 4.0, Management of Personnel Resources 4.0, Time Management 4.0; Work Style Leadership 4.75.',
    'BLS OOH, Medical and Health Services Managers, May 2023 wages, 2023–33 projections (stored bls.gov copy): median $110,680; +29%, much faster than average; typical entry education bachelor\'s degree; less than 5 years of related work experience; "Most work in healthcare facilities, including hospitals and nursing homes, and group medical practices. Most work full time, and some work more than 40 hours per week."',
    'BLS OEWS May 2019, 11-9111: top industries are hospitals, offices of physicians, outpatient care centers, nursing care facilities, home health care services.',
  ],
} satisfies CareerFacts;
