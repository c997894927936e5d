import type { CareerProfile } from '../types';
import { target as t } from './target';

// O*NET values for this role are the 2010-SOC predecessor 29-2071.00 (18.1 Work Styles, 2018–19 Skills,
// 18.1 Knowledge/Work Context pivot): current releases publish none for 29-2072.00.
export const medicalRecordsTechnicianProfile: CareerProfile = {
  organization: t(
    85,
    3,
    'Article: "Strong organization skills"; "keep their desks and computers neat and tidy, with all files in the appropriate places". O*NET Knowledge Clerical/Administrative IM 4.21.',
  ),
  timeManagement: t(
    70,
    2,
    'Article: "Excellent at time management". O*NET Skill Time Management IM 2.88.',
  ),
  detail: t(
    85,
    3,
    'Article: "medical records technicians should be attentive to details". O*NET Attention to Detail IM 4.54; Importance of Being Exact or Accurate CX 4.71.',
  ),
  analytical: t(
    60,
    2,
    'Article: "Good analytical abilities"; "comprehend and analyze diagnoses and doctors\' orders". O*NET Analytical Thinking IM 3.90.',
  ),
  technology: t(
    75,
    3,
    'Article: "competency with technology is becoming a necessity". O*NET Knowledge Computers and Electronics IM 3.15.',
  ),
  medicalVocabulary: t(
    70,
    3,
    'Article: "the language used in medicine are must-haves". O*NET Knowledge Medicine and Dentistry IM 2.45.',
  ),
  communication: t(
    55,
    2,
    'Article: "techs collaborate with doctors, nurses and insurance agents regularly". O*NET Cooperation IM 4.52; Speaking IM 3.00.',
  ),
  writing: t(
    65,
    2,
    'Article: "Solid written and verbal communication skills". O*NET Writing IM 3.00; English Language IM 3.77.',
  ),
  patientCare: t(15, 2, 'Article: "they don\'t often work directly with patients".'),
  customerService: t(
    35,
    1,
    'O*NET Knowledge Customer and Personal Service IM 2.99; Service Orientation IM 2.50.',
  ),
  handsOn: t(
    25,
    1,
    'Article: they "use a computer" to organize files. O*NET Spend Time Sitting CX 4.36.',
  ),
  independence: t(
    60,
    2,
    'Article: "Some medical records technician jobs may allow employees to work from home." O*NET Independence IM 4.25.',
  ),
  leadership: t(30, 1, 'O*NET Leadership IM 3.74; Management of Personnel Resources IM 2.38.'),
  research: t(
    45,
    1,
    'Article: "Filing data for clinical databases and registries". O*NET Interests Investigative 4.33 (29.3).',
  ),
};
