/** How long a student wants to study after high school (asked at the end of the quiz). */
export const EDUCATION_PLANS = ['certificate', 'associate', 'bachelor', 'unsure'] as const;
export type EducationPlan = (typeof EDUCATION_PLANS)[number];

export function isEducationPlan(value: unknown): value is EducationPlan {
  return typeof value === 'string' && (EDUCATION_PLANS as readonly string[]).includes(value);
}

/** Plans too short for a bachelor's degree, which the manager role needs. */
export function isShortPlan(plan: EducationPlan | null | undefined): boolean {
  return plan === 'certificate' || plan === 'associate';
}
