import type { CareerProfile } from '../types';
import { target as t } from './target';

// O*NET 11-9111.00, 29.3 (May 2025) Work Styles, Skills and Knowledge.
export const healthServicesManagerProfile: CareerProfile = {
  organization: t(
    85,
    3,
    'Article: managers "oversee the business proceedings of healthcare providers". O*NET Administration and Management IM 4.68.',
  ),
  timeManagement: t(85, 3, 'O*NET Skill Time Management IM 4.00; Coordination IM 3.88.'),
  detail: t(65, 2, 'O*NET Attention to Detail IM 4.46.'),
  analytical: t(
    75,
    2,
    'Article: they "make sure services provided are high-quality and cost-effective". O*NET Analytical Thinking IM 4.41; Critical Thinking IM 4.12.',
  ),
  technology: t(60, 1, 'O*NET Knowledge Computers and Electronics IM 3.79.'),
  medicalVocabulary: t(
    55,
    1,
    'Article: a records tech is "already familiar with related processes and the industry business model". O*NET Medicine and Dentistry IM 3.41.',
  ),
  communication: t(
    90,
    3,
    'O*NET Speaking IM 4.12; Cooperation IM 4.75; Face-to-Face Discussions CX 4.93 (18.1).',
  ),
  writing: t(70, 2, 'O*NET Skill Writing IM 4.00; English Language IM 4.37.'),
  patientCare: t(
    20,
    1,
    'Article: the role oversees business proceedings, not care. O*NET Hands CX 2.07 (18.1).',
  ),
  customerService: t(50, 1, 'O*NET Knowledge Customer and Personal Service IM 4.22.'),
  handsOn: t(
    15,
    1,
    'O*NET Spend Time Using Your Hands CX 2.07 (18.1), the lowest of these careers.',
  ),
  independence: t(45, 1, 'O*NET Independence IM 4.22.'),
  leadership: t(
    95,
    3,
    'Article: "They oversee the business proceedings of healthcare providers." O*NET Leadership IM 4.75; Interests Enterprising 5.65.',
  ),
  research: t(50, 1, 'O*NET Interests Investigative 3.85 (29.3).'),
};
