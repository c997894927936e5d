import type { CareerGroup, FitBand, ProgramLength, RemoteWork } from '../../domain';

export const GROUP_HEADINGS: Readonly<Record<CareerGroup, string>> = {
  records: 'Medical records technician and its specializations',
  growth: 'Growth path',
  alternate: 'Related careers',
};

export const GROUP_INTROS: Readonly<Record<CareerGroup, string>> = {
  records: 'The records role and the jobs that grow out of it, with the same kind of training.',
  growth: 'Where records work can lead with a bachelor’s degree and some experience.',
  alternate: 'Healthcare jobs that use some of the same skills, with a different kind of day.',
};

/** Short label for the eyebrow above a career's title. */
export const GROUP_LABELS: Readonly<Record<CareerGroup, string>> = {
  records: 'Records family',
  growth: 'Growth path',
  alternate: 'Related career',
};

export const EDUCATION_LABELS: Readonly<Record<ProgramLength, string>> = {
  'high-school': 'High school diploma',
  certificate: 'Training program after high school',
  associate: 'Associate degree (2 years)',
  bachelor: 'Bachelor’s degree (4 years)',
};

export const REMOTE_LABELS: Readonly<Record<RemoteWork, string>> = {
  common: 'Often possible',
  some: 'Sometimes possible',
  rare: 'Rarely',
  unknown: 'Not known',
};

export const IMPORTANCE_LABELS = { 1: 'Matters a little', 2: 'Matters', 3: 'Essential' } as const;

export const BAND_LABELS: Readonly<Record<FitBand, string>> = {
  strong: 'Strong fit',
  good: 'Good fit',
  exploring: 'Worth exploring',
};

export const NO_FIGURE = 'No verified figure';

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 8 → "8th" (enough for eight careers). */
export function ordinal(n: number): string {
  const suffix = n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** "a medical coder", "an information clerk". */
export function withArticle(title: string): string {
  const lower = title.toLowerCase();
  return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}
