import type { CareerFacts } from '../../domain/types';

const BLS_PHARMACY_SOURCE =
  'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (Pharmacy Technicians)';

export const pharmacyTechnicianFacts = {
  id: 'pharmacy-technician',
  title: 'Pharmacy technician',
  summary:
    'Help pharmacists fill prescriptions by measuring, packaging and labeling medicine, then helping customers at pickup.',
  duties: [
    'Help pharmacists prepare and hand out prescriptions.',
    'Measure the correct amount of each medicine.',
    'Package and label medicines.',
    'Talk with customers when they pick up their prescriptions.',
  ],
  traitsWhy: [
    {
      trait: 'detail',
      why: 'You must measure the correct amount of each medicine and label it exactly right.',
    },
    {
      trait: 'handsOn',
      why: 'You measure, package and label medicine with your hands all day.',
    },
    {
      trait: 'customerService',
      why: 'You help customers face to face when they pick up their prescriptions.',
    },
  ],
  education: {
    typical:
      'Most start with a high school diploma and learn on the job. Some finish a pharmacy technician program after high school. Most states have rules for pharmacy techs.',
    length: 'high-school',
  },
  credentials: [
    {
      code: 'CPhT',
      name: 'Certified Pharmacy Technician',
      issuer: 'Pharmacy Technician Certification Board (PTCB)',
      note: 'Finish a PTCB-recognized training program or work at least 500 hours as a pharmacy tech, then pass the PTCE exam.',
    },
  ],
  workplaces: ['Pharmacies in drugstores, grocery stores and general stores', 'Hospitals'],
  remote: {
    level: 'rare',
    note: 'Measuring, packaging and handing medicine to customers all happen in the pharmacy.',
  },
  growth:
    'Earning the CPhT credential is a first step. The article says related jobs like this one use similar skills: careful, exact work is what records jobs need too.',
  pay: {
    label: '$40,300 a year (median)',
    year: 'May 2023',
    source: BLS_PHARMACY_SOURCE,
  },
  outlook: {
    label: '+7% (faster than average)',
    year: '2023–33',
    source: BLS_PHARMACY_SOURCE,
  },
  comparedWithRecords:
    'A pharmacy tech handles medicine and serves customers at pickup. A records tech works mostly with paper or computer files and rarely deals with patients directly.',
  citations: [
    'Article: "Pharmacy technicians: Assistants aid pharmacists as they prepare and dispense prescriptions. They measure the correct amount of medication required, package and label them, and interact with customers during pick-ups."',
    'Article: "A number of these alternatives use similar skill sets and experiences."',
    'Article: "They can work with paper or electronic files." / "Though they don’t often work directly with patients..." (records technicians)',
    'BLS OOH, Pharmacy Technicians, May 2023 wages, 2023–33 projections (stored bls.gov copy): median $40,300; +7%, faster than average; high school diploma or equivalent; moderate-term on-the-job training; "work in pharmacies, including those found in drug, general merchandise, and grocery stores, and in hospitals."; "Most states regulate pharmacy technicians."',
    'Credential (shared/data/occupations.json): CPhT, PTCB (PTCB-recognized program or 500 hours of work experience, plus the PTCE).',
  ],
} satisfies CareerFacts;
