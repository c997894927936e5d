import type { EducationPlan } from '../domain';
import type { Localized } from '../domain/locale';

interface EducationQuestion {
  id: 'education-plan';
  prompt: string;
  text: string;
  options: readonly { plan: EducationPlan; label: string }[];
}

/** The quiz's last step: not a trait item, it decides how the manager role is presented. */
export const EDUCATION_QUESTION_BY_LOCALE: Localized<EducationQuestion> = {
  en: {
    id: 'education-plan',
    prompt: 'One last question',
    text: 'How long do you want to study after high school?',
    options: [
      { plan: 'certificate', label: 'A short program (a certificate, a year or so)' },
      { plan: 'associate', label: 'A 2-year degree' },
      { plan: 'bachelor', label: 'A 4-year degree or more' },
      { plan: 'unsure', label: "I'm not sure yet" },
    ],
  },
  es: {
    id: 'education-plan',
    prompt: 'Una última pregunta',
    text: '¿Cuánto tiempo quieres estudiar después de la secundaria?',
    options: [
      { plan: 'certificate', label: 'Un programa corto (un certificado, más o menos un año)' },
      { plan: 'associate', label: 'Un título de 2 años' },
      { plan: 'bachelor', label: 'Un título de 4 años o más' },
      { plan: 'unsure', label: 'Todavía no sé' },
    ],
  },
};

export const EDUCATION_QUESTION = EDUCATION_QUESTION_BY_LOCALE.en;
