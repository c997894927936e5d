import type { Localized } from '../domain/locale';
import type { CareerFacts } from '../domain/types';
import { medicalRecordsTechnicianFacts } from './careers/medical-records-technician';
import { medicalCoderFacts } from './careers/medical-coder';
import { cancerRegistrarFacts } from './careers/cancer-registrar';
import { healthServicesManagerFacts } from './careers/health-services-manager';
import { informationClerkFacts } from './careers/information-clerk';
import { medicalAssistantFacts } from './careers/medical-assistant';
import { pharmacyTechnicianFacts } from './careers/pharmacy-technician';
import { medicalTranscriptionistFacts } from './careers/medical-transcriptionist';
import { medicalRecordsTechnicianFactsEs } from './careers/es/medical-records-technician';
import { medicalCoderFactsEs } from './careers/es/medical-coder';
import { cancerRegistrarFactsEs } from './careers/es/cancer-registrar';
import { healthServicesManagerFactsEs } from './careers/es/health-services-manager';
import { informationClerkFactsEs } from './careers/es/information-clerk';
import { medicalAssistantFactsEs } from './careers/es/medical-assistant';
import { pharmacyTechnicianFactsEs } from './careers/es/pharmacy-technician';
import { medicalTranscriptionistFactsEs } from './careers/es/medical-transcriptionist';

/** One entry per career, in CAREER_IDS order. */
export const CAREER_FACTS: readonly CareerFacts[] = [
  medicalRecordsTechnicianFacts,
  medicalCoderFacts,
  cancerRegistrarFacts,
  healthServicesManagerFacts,
  informationClerkFacts,
  medicalAssistantFacts,
  pharmacyTechnicianFacts,
  medicalTranscriptionistFacts,
];

/** The same eight careers per language, in the same order as CAREER_FACTS. */
export const CAREER_FACTS_BY_LOCALE: Localized<readonly CareerFacts[]> = {
  en: CAREER_FACTS,
  es: [
    medicalRecordsTechnicianFactsEs,
    medicalCoderFactsEs,
    cancerRegistrarFactsEs,
    healthServicesManagerFactsEs,
    informationClerkFactsEs,
    medicalAssistantFactsEs,
    pharmacyTechnicianFactsEs,
    medicalTranscriptionistFactsEs,
  ],
};
