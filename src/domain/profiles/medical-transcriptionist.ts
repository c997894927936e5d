import type { CareerProfile } from '../types';
import { target as t } from './target';

// O*NET 31-9094.00 Medical Transcriptionists, 29.3 (May 2025).
export const medicalTranscriptionistProfile: CareerProfile = {
  organization: t(
    60,
    2,
    'Article: they "add it to the patient\'s personal health history". O*NET Knowledge Administrative IM 4.25.',
  ),
  timeManagement: t(70, 2, 'O*NET Skill Time Management IM 3.00; Dependability IM 4.63.'),
  detail: t(
    85,
    3,
    'O*NET Attention to Detail IM 4.55; Importance of Being Exact or Accurate CX 4.89 (18.1).',
  ),
  analytical: t(40, 1, 'O*NET Analytical Thinking IM 3.11.'),
  technology: t(70, 2, 'O*NET Knowledge Computers and Electronics IM 3.84.'),
  medicalVocabulary: t(
    75,
    3,
    'Article: "This position is similar to a medical records technician job." O*NET Medicine and Dentistry IM 3.02.',
  ),
  communication: t(
    35,
    1,
    'O*NET Social Orientation IM 2.50, the lowest of these careers; Active Listening IM 4.12.',
  ),
  writing: t(
    90,
    3,
    'Article: they compile "information from a visit based on recordings made by doctors". O*NET Writing IM 3.88; English Language IM 4.54.',
  ),
  patientCare: t(10, 2, "Article: they work from doctors' recordings, not with patients."),
  customerService: t(
    15,
    2,
    'O*NET Service Orientation IM 2.12; Customer and Personal Service IM 2.70.',
  ),
  handsOn: t(30, 1, 'O*NET Spend Time Sitting CX 4.80 (18.1).'),
  independence: t(
    85,
    3,
    'BLS: some work for transcription companies and "others are self-employed". O*NET Independence IM 4.07; Social Orientation IM 2.50.',
  ),
  leadership: t(10, 2, 'O*NET Leadership IM 2.33; Management of Personnel Resources IM 1.75.'),
  research: t(35, 1, 'O*NET Interests Investigative 3.58 (29.3).'),
};
