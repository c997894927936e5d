import type { CareerId } from '../careers';
import type { InterestTraitId } from '../traits';

/**
 * The O*NET ratings each career's targets are computed from, copied from the project's cited
 * O*NET extracts (docs/sources). Interests: Occupational Interests 1–7 from O*NET 29.3.
 * Skill and style ratings: Importance 1–5 from O*NET 18.1 (Knowledge, Skills, Work Styles), the
 * one release that rates all seven occupations (29.3 rates none of them for the records roles).
 */
export interface OnetRatings {
  /** The O*NET-SOC code the interest ratings come from. */
  interestCode: string;
  /** The O*NET-SOC code the 18.1 importance ratings come from. */
  ratingsCode: string;
  interests: Readonly<Record<InterestTraitId, number>>;
  /** Knowledge: Clerical (18.1). */
  clerical: number;
  /** Work Style: Attention to Detail (18.1). */
  attentionToDetail: number;
  /** Knowledge: Computers and Electronics (18.1). */
  computers: number;
  /** Skills: Speaking and Writing (18.1). */
  speaking: number;
  writing: number;
  /** Work Styles: Independence and Social Orientation (18.1). */
  independence: number;
  socialOrientation: number;
}

const interests = (
  realistic: number,
  investigative: number,
  artistic: number,
  social: number,
  enterprising: number,
  conventional: number,
) => ({ realistic, investigative, artistic, social, enterprising, conventional });

// 29-2072.00 (Medical Records Specialists, which O*NET says includes medical coders) has no 18.1
// ratings; its 2010 predecessor 29-2071.00 does. 29-9021.00 (registrars) also split from 29-2071.00.
const RECORDS_18_1 = {
  ratingsCode: '29-2071.00',
  clerical: 4.21,
  attentionToDetail: 4.54,
  computers: 3.15,
  speaking: 3.0,
  writing: 3.0,
  independence: 4.25,
  socialOrientation: 3.78,
};

export const ONET_RATINGS: Readonly<Record<CareerId, OnetRatings>> = {
  'medical-records-technician': {
    interestCode: '29-2072.00',
    interests: interests(2.86, 4.33, 1.0, 3.38, 1.88, 6.97),
    ...RECORDS_18_1,
  },
  'medical-coder': {
    interestCode: '29-2072.00',
    interests: interests(2.86, 4.33, 1.0, 3.38, 1.88, 6.97),
    ...RECORDS_18_1,
  },
  'cancer-registrar': {
    interestCode: '29-9021.00',
    interests: interests(2.48, 5.18, 1.19, 3.8, 2.2, 5.96),
    ...RECORDS_18_1,
  },
  'health-services-manager': {
    interestCode: '11-9111.00',
    interests: interests(2.15, 3.85, 1.32, 4.24, 5.65, 5.63),
    ratingsCode: '11-9111.00',
    clerical: 3.0,
    attentionToDetail: 4.34,
    computers: 3.03,
    speaking: 4.12,
    writing: 3.88,
    independence: 4.31,
    socialOrientation: 3.93,
  },
  'information-clerk': {
    interestCode: '43-4171.00',
    interests: interests(1.87, 1.92, 1.0, 3.63, 4.23, 6.23),
    ratingsCode: '43-4171.00',
    clerical: 3.96,
    attentionToDetail: 4.43,
    computers: 3.23,
    speaking: 3.75,
    writing: 3.12,
    independence: 3.92,
    socialOrientation: 4.1,
  },
  'medical-assistant': {
    interestCode: '31-9092.00',
    interests: interests(4.06, 3.8, 1.0, 4.81, 1.98, 5.76),
    ratingsCode: '31-9092.00',
    clerical: 3.64,
    attentionToDetail: 4.8,
    computers: 3.23,
    speaking: 4.0,
    writing: 3.5,
    independence: 4.19,
    socialOrientation: 4.16,
  },
  'pharmacy-technician': {
    interestCode: '29-2052.00',
    interests: interests(4.06, 3.13, 1.0, 3.36, 2.55, 7.0),
    ratingsCode: '29-2052.00',
    clerical: 3.27,
    attentionToDetail: 4.7,
    computers: 2.86,
    speaking: 3.5,
    writing: 2.88,
    independence: 3.66,
    socialOrientation: 3.9,
  },
  'medical-transcriptionist': {
    interestCode: '31-9094.00',
    interests: interests(2.46, 3.58, 1.75, 3.69, 1.22, 6.22),
    ratingsCode: '31-9094.00',
    clerical: 4.78,
    attentionToDetail: 4.54,
    computers: 3.5,
    speaking: 3.0,
    writing: 3.88,
    independence: 4.46,
    socialOrientation: 2.38,
  },
};
