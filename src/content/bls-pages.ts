import type { CareerId } from '../domain';

/**
 * Each career's current page in the BLS Occupational Outlook Handbook, so a student can check
 * today's figures beside the dated ones the app shows. From shared/data/occupations.json
 * (`bls.current_official_url`, or the profile's own address under `latest_verified_edition`);
 * coders share the records profile, and the medical assistants profile is the Handbook's page of
 * that name (no edition of it could be verified, so the app shows no figure, only this link).
 */
export const BLS_CURRENT_PAGE: Readonly<Record<CareerId, string>> = {
  'medical-records-technician':
    'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm',
  'medical-coder':
    'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm',
  'cancer-registrar':
    'https://www.bls.gov/ooh/healthcare/health-information-technologists-and-medical-registrars.htm',
  'health-services-manager':
    'https://www.bls.gov/ooh/management/medical-and-health-services-managers.htm',
  'information-clerk':
    'https://www.bls.gov/ooh/office-and-administrative-support/receptionists.htm',
  'medical-assistant': 'https://www.bls.gov/ooh/healthcare/medical-assistants.htm',
  'pharmacy-technician': 'https://www.bls.gov/ooh/healthcare/pharmacy-technicians.htm',
  'medical-transcriptionist': 'https://www.bls.gov/ooh/healthcare/medical-transcriptionists.htm',
};
