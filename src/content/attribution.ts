import type { Localized } from '../domain/locale';

/** Required wherever O*NET-derived values appear (CC BY 4.0); from shared/data/occupations.json. */
export const ONET_ATTRIBUTION_BY_LOCALE: Localized<string> = {
  en: 'This app includes information from the O*NET 29.3 Database and the O*NET 18.1 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. CareerFit has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
  // Spanish pages carry the notice in Spanish only; the English original is the line above.
  es: 'Esta aplicación incluye información de las bases de datos O*NET 29.3 y O*NET 18.1 del Departamento de Trabajo de EE. UU., Administración de Empleo y Capacitación (USDOL/ETA), usada bajo la licencia CC BY 4.0. O*NET® es una marca de USDOL/ETA. CareerFit modificó toda o parte de esta información; USDOL/ETA no ha aprobado, respaldado ni probado estas modificaciones.',
};

export const ONET_ATTRIBUTION = ONET_ATTRIBUTION_BY_LOCALE.en;
