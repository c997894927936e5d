import type { CareerProfile } from '../types';
import { target as t } from './target';

// O*NET 29-9021.00 has only Interests (29.3, ML-rated) and a Job Zone; other ratings lean on the
// records predecessor 29-2071.00, which is an inference (see shared/data/PROVENANCE.md).
export const cancerRegistrarProfile: CareerProfile = {
  organization: t(
    70,
    2,
    'Article: registrars "maintain databases". O*NET Interests Conventional 5.96 (29.3).',
  ),
  timeManagement: t(55, 1, 'Article useful skill: "Excellent at time management".'),
  detail: t(
    85,
    3,
    'Article: they "record the diagnoses of cancers and treatments administered". O*NET Attention to Detail IM 4.54 (predecessor).',
  ),
  analytical: t(
    80,
    3,
    'Article: "They review pathology reports". O*NET Interests Investigative 5.18 (29.3), its highest after Conventional.',
  ),
  technology: t(70, 2, 'Article: "Researchers also employ these workers to maintain databases."'),
  medicalVocabulary: t(
    85,
    3,
    'Article: they review pathology reports and record cancer diagnoses and treatments.',
  ),
  communication: t(
    50,
    1,
    'Article: "They may conduct follow-ups with former patients." O*NET Interests Social 3.80 (29.3).',
  ),
  writing: t(60, 2, 'Article: they "record the diagnoses of cancers and treatments administered".'),
  patientCare: t(20, 1, 'Article: follow-ups are with "former patients"; no hands-on care.'),
  customerService: t(25, 1, 'No customer-facing duty in the article.'),
  handsOn: t(
    20,
    1,
    'BLS: "usually work in an office setting and may spend many hours at a computer".',
  ),
  independence: t(55, 1, 'O*NET Independence IM 4.25 (predecessor 29-2071.00).'),
  leadership: t(20, 1, 'No leadership duty in the article.'),
  research: t(
    90,
    3,
    'Article: "They review pathology reports… They may conduct follow-ups with former patients. Researchers also employ these workers".',
  ),
};
