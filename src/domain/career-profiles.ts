import type { CareerId } from './careers';
import { cancerRegistrarProfile } from './profiles/cancer-registrar';
import { healthServicesManagerProfile } from './profiles/health-services-manager';
import { informationClerkProfile } from './profiles/information-clerk';
import { medicalAssistantProfile } from './profiles/medical-assistant';
import { medicalCoderProfile } from './profiles/medical-coder';
import { medicalRecordsTechnicianProfile } from './profiles/medical-records-technician';
import { medicalTranscriptionistProfile } from './profiles/medical-transcriptionist';
import { pharmacyTechnicianProfile } from './profiles/pharmacy-technician';
import type { CareerProfile } from './types';

/**
 * Each career's target profile: the scoring model's parameters, written from the article and
 * calibrated against O*NET importance ratings (every target carries its basis).
 */
export const CAREER_PROFILES: Readonly<Record<CareerId, CareerProfile>> = {
  'medical-records-technician': medicalRecordsTechnicianProfile,
  'medical-coder': medicalCoderProfile,
  'cancer-registrar': cancerRegistrarProfile,
  'health-services-manager': healthServicesManagerProfile,
  'information-clerk': informationClerkProfile,
  'medical-assistant': medicalAssistantProfile,
  'pharmacy-technician': pharmacyTechnicianProfile,
  'medical-transcriptionist': medicalTranscriptionistProfile,
};
