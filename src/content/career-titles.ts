import type { CareerId } from '../domain';

/** Short titles for screens that must stay light (landing page); the full facts load lazily. */
export const CAREER_TITLES: Readonly<Record<CareerId, string>> = {
  'medical-records-technician': 'Medical records technician',
  'medical-coder': 'Medical coder',
  'cancer-registrar': 'Cancer registrar',
  'health-services-manager': 'Medical and health services manager',
  'information-clerk': 'Information clerk',
  'medical-assistant': 'Medical assistant',
  'pharmacy-technician': 'Pharmacy technician',
  'medical-transcriptionist': 'Medical transcriptionist',
};
