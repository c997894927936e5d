import type { CareerProfile } from '../types';
import { target as t } from './target';

// O*NET 43-4171.00 Receptionists and Information Clerks, 29.3 (May 2025).
export const informationClerkProfile: CareerProfile = {
  organization: t(
    65,
    2,
    'Article: they "perform routine duties to support the operation of a doctor\'s office". O*NET Knowledge Administrative IM 3.87.',
  ),
  timeManagement: t(55, 1, 'O*NET Skill Time Management IM 2.88.'),
  detail: t(60, 2, 'O*NET Attention to Detail IM 4.16.'),
  analytical: t(35, 1, 'O*NET Analytical Thinking IM 3.12, the lowest of these careers.'),
  technology: t(55, 1, 'O*NET Knowledge Computers and Electronics IM 3.40.'),
  medicalVocabulary: t(30, 1, 'O*NET Knowledge Medicine and Dentistry IM 2.01.'),
  communication: t(
    80,
    3,
    'Article: they "collect and assemble data and information for patients and others on staff". O*NET Speaking IM 3.88; Active Listening IM 3.75.',
  ),
  writing: t(45, 1, 'O*NET Skill Writing IM 3.00.'),
  patientCare: t(
    35,
    1,
    'Article: they support the office and help patients with information, not care.',
  ),
  customerService: t(
    90,
    3,
    'O*NET Knowledge Customer and Personal Service IM 4.21; Contact With Others CX 4.76 (18.1).',
  ),
  handsOn: t(35, 1, 'O*NET Spend Time Using Your Hands CX 3.21 (18.1).'),
  independence: t(
    25,
    2,
    'O*NET Contact With Others CX 4.76 (18.1): a front-desk job is with people all day.',
  ),
  leadership: t(30, 1, 'O*NET Management of Personnel Resources IM 2.00.'),
  research: t(25, 1, 'O*NET Interests Investigative 1.92 (29.3).'),
};
