export const CAREER_IDS = [
  'medical-records-technician',
  'medical-coder',
  'cancer-registrar',
  'health-services-manager',
  'information-clerk',
  'medical-assistant',
  'pharmacy-technician',
  'medical-transcriptionist',
] as const;

export type CareerId = (typeof CAREER_IDS)[number];

/** The records technician role and the specializations the article names for it. */
export const RECORDS_FAMILY = [
  'medical-records-technician',
  'medical-coder',
  'cancer-registrar',
] as const satisfies readonly CareerId[];

/** The article's growth path: a records technician plus a bachelor's degree. */
export const GROWTH_PATH: CareerId = 'health-services-manager';

export type CareerGroup = 'records' | 'growth' | 'alternate';

const CAREER_SET: ReadonlySet<string> = new Set(CAREER_IDS);
const RECORDS_SET: ReadonlySet<string> = new Set(RECORDS_FAMILY);

export function isCareerId(value: unknown): value is CareerId {
  return typeof value === 'string' && CAREER_SET.has(value);
}

export function careerGroup(id: CareerId): CareerGroup {
  if (RECORDS_SET.has(id)) return 'records';
  return id === GROWTH_PATH ? 'growth' : 'alternate';
}
