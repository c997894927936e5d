import type { CareerProfile } from '../types';
import { target as t } from './target';

// O*NET 29-2072.00 "includes medical coders"; its rated data come from predecessor 29-2071.00.
export const medicalCoderProfile: CareerProfile = {
  organization: t(
    70,
    2,
    'Article: coders "code patient diagnoses and treatment" for billing and public health databases. O*NET Clerical/Administrative IM 4.21.',
  ),
  timeManagement: t(
    60,
    1,
    'Article useful skill: "Excellent at time management" (listed for all records work, not coder-specific). O*NET Time Management IM 2.88.',
  ),
  detail: t(
    90,
    3,
    'Article: "Inconsistencies can affect how patients receive treatment and the amount that they pay". O*NET Attention to Detail IM 4.54.',
  ),
  analytical: t(
    70,
    2,
    'Article: "comprehend and analyze diagnoses and doctors\' orders to file information correctly". O*NET Analytical Thinking IM 3.90.',
  ),
  technology: t(
    75,
    2,
    'Article: coding for "public health databases"; "technologically savvy". O*NET Computers and Electronics IM 3.15.',
  ),
  medicalVocabulary: t(
    90,
    3,
    'Article: "Their primary job duty is to code patient diagnoses and treatment"; programs teach "medical terminology" and "medical coding".',
  ),
  communication: t(
    45,
    1,
    'Article: "These employees are also liaisons between care providers and billing offices."',
  ),
  writing: t(55, 1, 'O*NET Writing IM 3.00; Reading Comprehension IM 3.38.'),
  patientCare: t(10, 2, 'Article: records staff "don\'t often work directly with patients".'),
  customerService: t(25, 1, 'O*NET Service Orientation IM 2.50.'),
  handsOn: t(20, 1, 'O*NET Spend Time Sitting CX 4.36: desk and computer work.'),
  independence: t(
    80,
    3,
    'Article: "The move toward digital recordkeeping gives lots of techs the flexibility to do their everyday tasks remotely." O*NET Independence IM 4.25.',
  ),
  leadership: t(20, 1, 'O*NET Management of Personnel Resources IM 2.38.'),
  research: t(
    55,
    2,
    'Article: codes feed "billing purposes and public health databases". O*NET Interests Investigative 4.33 (29.3).',
  ),
};
