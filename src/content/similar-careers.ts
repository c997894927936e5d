import type { CareerId } from '../domain';

/**
 * "Similar careers" links on each career page. The records family points to its other members and
 * the growth path; each alternate points back to the records technician role and to the one
 * alternate whose day is closest to it.
 */
export const SIMILAR_CAREERS: Readonly<Record<CareerId, readonly CareerId[]>> = {
  'medical-records-technician': ['medical-coder', 'cancer-registrar', 'health-services-manager'],
  'medical-coder': ['medical-records-technician', 'cancer-registrar', 'health-services-manager'],
  'cancer-registrar': ['medical-records-technician', 'medical-coder', 'health-services-manager'],
  'health-services-manager': ['medical-records-technician', 'medical-coder', 'cancer-registrar'],
  'information-clerk': ['medical-records-technician', 'medical-assistant'],
  'medical-assistant': ['medical-records-technician', 'pharmacy-technician'],
  'pharmacy-technician': ['medical-records-technician', 'medical-assistant'],
  'medical-transcriptionist': ['medical-records-technician', 'information-clerk'],
};
