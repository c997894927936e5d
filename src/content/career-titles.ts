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
    'medical-records-technician': 'Técnico/a de registros médicos',
    'medical-coder': 'Codificador/a médico/a',
    'cancer-registrar': 'Registrador/a de cáncer',
    'health-services-manager': 'Gerente de servicios médicos y de salud',
    'information-clerk': 'Empleado/a de información',
    'medical-assistant': 'Asistente médico/a',
    'pharmacy-technician': 'Técnico/a de farmacia',
    'medical-transcriptionist': 'Transcriptor/a médico/a',
  },
};
