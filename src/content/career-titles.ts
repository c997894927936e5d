import type { CareerId } from '../domain/careers';
import type { Localized } from '../domain/locale';

/** Short titles for screens that must stay light (landing page); the full facts load lazily. */
export const CAREER_TITLES: Localized<Readonly<Record<CareerId, string>>> = {
  en: {
    'medical-records-technician': 'Medical records technician',
    'medical-coder': 'Medical coder',
    'cancer-registrar': 'Cancer registrar',
    'health-services-manager': 'Medical and health services manager',
    'information-clerk': 'Information clerk',
    'medical-assistant': 'Medical assistant',
    'pharmacy-technician': 'Pharmacy technician',
    'medical-transcriptionist': 'Medical transcriptionist',
  },
  es: {
    'medical-records-technician': 'Técnico de registros médicos',
    'medical-coder': 'Codificador médico',
    'cancer-registrar': 'Registrador de cáncer',
    'health-services-manager': 'Gerente de servicios médicos y de salud',
    'information-clerk': 'Empleado de información',
    'medical-assistant': 'Asistente médico',
    'pharmacy-technician': 'Técnico de farmacia',
    'medical-transcriptionist': 'Transcriptor médico',
  },
};
