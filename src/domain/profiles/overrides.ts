import type { CareerId } from '../careers';
import type { TraitId } from '../traits';
import type { TraitTarget } from '../types';

/** A target set from the article instead of the O*NET mapping, with the words it rests on. */
export interface ProfileOverride {
  career: CareerId;
  trait: TraitId;
  level: number;
  importance: TraitTarget['importance'];
  quote: string;
}

/**
 * Every article-based exception to the mapping in ./mapping. O*NET rates the records technician
 * and the medical coder as one occupation (29-2072.00), so the article is what tells them apart.
 */
export const PROFILE_OVERRIDES: readonly ProfileOverride[] = [
  {
    career: 'medical-records-technician',
    trait: 'technology',
    level: 75,
    importance: 3,
    quote:
      '"competency with technology is becoming a necessity in medical records technician jobs … Techs must be technologically savvy"',
  },
  {
    career: 'medical-records-technician',
    trait: 'communication',
    level: 55,
    importance: 2,
    quote:
      '"Though they don\'t often work directly with patients, techs collaborate with doctors, nurses and insurance agents regularly."',
  },
  {
    career: 'medical-records-technician',
    trait: 'independence',
    level: 70,
    importance: 2,
    quote: '"Some medical records technician jobs may allow employees to work from home."',
  },
  {
    career: 'medical-coder',
    trait: 'technology',
    level: 75,
    importance: 3,
    quote:
      'Coders are records technicians ("some techs may work as medical coders"), for whom "competency with technology is becoming a necessity"',
  },
  {
    career: 'medical-coder',
    trait: 'communication',
    level: 75,
    importance: 3,
    quote: '"These employees are also liaisons between care providers and billing offices."',
  },
  {
    career: 'medical-coder',
    trait: 'independence',
    level: 45,
    importance: 2,
    quote: '"These employees are also liaisons between care providers and billing offices."',
  },
  {
    career: 'cancer-registrar',
    trait: 'technology',
    level: 70,
    importance: 2,
    quote: '"Researchers also employ these workers to maintain databases."',
  },
  {
    career: 'health-services-manager',
    trait: 'independence',
    level: 35,
    importance: 2,
    quote:
      '"They oversee the business proceedings of healthcare providers." (running a service means working through people)',
  },
  {
    career: 'information-clerk',
    trait: 'independence',
    level: 20,
    importance: 2,
    quote:
      '"They collect and assemble data and information for patients and others on staff." (a front-desk job, with people all day)',
  },
  {
    career: 'medical-assistant',
    trait: 'independence',
    level: 30,
    importance: 2,
    quote: '"These employees have a hands-on role in caregiving." (with patients all day)',
  },
];
