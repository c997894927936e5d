import type { CareerProfile } from '../types';
import { target as t } from './target';

// O*NET 29-2052.00 Pharmacy Technicians, 29.3 (May 2025).
export const pharmacyTechnicianProfile: CareerProfile = {
  organization: t(
    70,
    2,
    'Article: they "package and label" prescriptions. O*NET Knowledge Administrative IM 3.31.',
  ),
  timeManagement: t(60, 1, 'O*NET Skill Time Management IM 3.00.'),
  detail: t(
    90,
    3,
    'Article: "They measure the correct amount of medication required". O*NET Attention to Detail IM 4.64.',
  ),
  analytical: t(50, 1, 'O*NET Analytical Thinking IM 4.02; Critical Thinking IM 3.25.'),
  technology: t(55, 1, 'O*NET Knowledge Computers and Electronics IM 3.71.'),
  medicalVocabulary: t(
    65,
    2,
    'Article: they "aid pharmacists as they prepare and dispense prescriptions". O*NET Medicine and Dentistry IM 3.85.',
  ),
  communication: t(60, 2, 'O*NET Active Listening IM 4.00; Speaking IM 3.75.'),
  writing: t(35, 1, 'O*NET Skill Writing IM 3.00.'),
  patientCare: t(
    30,
    2,
    'Article: they serve customers at pick-up and aid pharmacists; the article lists no hands-on care.',
  ),
  customerService: t(
    80,
    3,
    'Article: they "interact with customers during pick-ups". O*NET Customer and Personal Service IM 4.59.',
  ),
  handsOn: t(
    90,
    3,
    'Article: "measure the correct amount of medication required, package and label them". O*NET Interests Realistic 4.06; Spend Time Sitting CX 1.54 (18.1).',
  ),
  independence: t(30, 1, 'O*NET Independence IM 3.58, the lowest of these careers.'),
  leadership: t(25, 1, 'O*NET Management of Personnel Resources IM 2.50.'),
  research: t(25, 1, 'No research duty in the article.'),
};
