import type { CareerProfile } from '../types';
import { target as t } from './target';

// O*NET 31-9092.00 Medical Assistants, 29.3 (May 2025).
export const medicalAssistantProfile: CareerProfile = {
  organization: t(
    65,
    2,
    'Article: "They may also complete other administrative tasks." O*NET Knowledge Administrative IM 4.11.',
  ),
  timeManagement: t(60, 1, 'O*NET Skill Time Management IM 3.00.'),
  detail: t(
    75,
    2,
    'Article: "An assistant can record patient information, take vital signs". O*NET Attention to Detail IM 4.77.',
  ),
  analytical: t(50, 1, 'O*NET Analytical Thinking IM 3.55.'),
  technology: t(50, 1, 'O*NET Knowledge Computers and Electronics IM 3.79.'),
  medicalVocabulary: t(
    75,
    3,
    'Article: they "take vital signs, help with examinations, give injections". O*NET Medicine and Dentistry IM 4.33.',
  ),
  communication: t(
    75,
    2,
    'O*NET Speaking IM 3.88; Social Perceptiveness IM 4.00; Cooperation IM 4.50.',
  ),
  writing: t(50, 1, 'Article: they "record patient information". O*NET Writing IM 3.38.'),
  patientCare: t(
    95,
    3,
    'Article: "These employees have a hands-on role in caregiving." O*NET Concern for Others IM 4.63; Interests Social 4.81.',
  ),
  customerService: t(65, 2, 'O*NET Knowledge Customer and Personal Service IM 4.53.'),
  handsOn: t(
    85,
    3,
    'Article: "take vital signs, help with examinations, give injections". O*NET Interests Realistic 4.06; Physical Proximity CX 4.51 (18.1).',
  ),
  independence: t(
    25,
    2,
    'Article: the work is with patients in the exam room; O*NET Contact With Others CX 4.84 (18.1).',
  ),
  leadership: t(30, 1, 'O*NET Leadership IM 3.65; Management of Personnel Resources IM 2.38.'),
  research: t(25, 1, 'No research duty in the article.'),
};
