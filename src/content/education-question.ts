import type { EducationPlan } from '../domain';

/** The quiz's last step: not a trait item, it decides how the manager role is presented. */
export const EDUCATION_QUESTION = {
  id: 'education-plan',
  prompt: 'One last question',
  text: 'How long do you want to study after high school?',
  options: [
    { plan: 'certificate', label: 'A short program (a certificate, a year or so)' },
    { plan: 'associate', label: 'A 2-year degree' },
    { plan: 'bachelor', label: 'A 4-year degree or more' },
    { plan: 'unsure', label: "I'm not sure yet" },
  ],
} as const satisfies {
  id: string;
  prompt: string;
  text: string;
  options: readonly { plan: EducationPlan; label: string }[];
};
