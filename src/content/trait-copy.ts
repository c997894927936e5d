import type { TraitId } from '../domain';

export interface TraitCopy {
  label: string;
  /** Completes "Your answers show …" */
  strength: string;
  /** Completes "This job asks for more …" */
  gap: string;
  /** For work preferences: completes "Your answers show …" when a *low* score is what fits. */
  lowStrength?: string;
}

export const TRAIT_COPY: Readonly<Record<TraitId, TraitCopy>> = {
  organization: {
    label: 'Organization',
    strength: 'you keep things organized',
    gap: 'keeping files and work organized',
  },
  timeManagement: {
    label: 'Time management',
    strength: 'you manage your time well',
    gap: 'planning time and meeting deadlines',
  },
  detail: {
    label: 'Attention to detail',
    strength: 'you catch small mistakes',
    gap: 'checking details carefully',
  },
  analytical: {
    label: 'Thinking things through',
    strength: 'you like to figure things out',
    gap: 'working through problems step by step',
  },
  technology: {
    label: 'Computers and tech',
    strength: 'you are at ease with computers',
    gap: 'working with software and databases',
  },
  medicalVocabulary: {
    label: 'Medical words and science',
    strength: 'you are curious about medical words and science',
    gap: 'learning medical words and health science',
  },
  communication: {
    label: 'Talking with people',
    strength: 'you work well with people',
    gap: 'talking and working with others',
  },
  writing: {
    label: 'Writing and typing',
    strength: 'you write clearly and carefully',
    gap: 'clear, careful writing and typing',
  },
  patientCare: {
    label: 'Caring for patients',
    strength: 'you want to care for people hands-on',
    gap: 'hands-on care for patients',
    lowStrength: "you'd rather not give hands-on care to patients",
  },
  customerService: {
    label: 'Helping the public',
    strength: 'you enjoy helping people face to face',
    gap: 'helping the public all day',
    lowStrength: "you'd rather not serve the public all day",
  },
  handsOn: {
    label: 'Hands-on tasks',
    strength: 'you like working with your hands',
    gap: 'measuring, preparing and handling things',
    lowStrength: 'you prefer desk work to handling things',
  },
  independence: {
    label: 'Working on your own',
    strength: 'you like working on your own',
    gap: 'working alone for long stretches',
    lowStrength: 'you like having people around you at work',
  },
  leadership: {
    label: 'Leading and organizing others',
    strength: 'you like to lead and take charge',
    gap: 'leading people and running things',
    lowStrength: "you'd rather not be the one in charge",
  },
  research: {
    label: 'Digging into reports and data',
    strength: 'you like digging into reports and data',
    gap: 'digging into reports and following up cases',
    lowStrength: "you'd rather not dig into reports and data",
  },
};
