import { defineMessages } from '../../i18n';

/** Texts of the compare page (#/careers/compare). */
export const compareMessages = defineMessages({
  en: {
    pageTitle: (a: string, b: string) => `Compare ${a} and ${b} — CareerFit`,
    heading: 'Compare two careers',
    lead: 'Pick any two careers to see them side by side.',
    choose: 'Choose careers',
    first: 'First career',
    second: 'Second career',
    glance: 'At a glance',
    glanceCaption: (a: string, b: string) => `${a} and ${b} side by side`,
    traits: 'Traits each job calls for',
    traitsCaption:
      'The level each career needs on each trait, from 0 to 100, and how much it matters',
    trait: 'Trait',
    rowDuties: 'What they do',
    rowEducation: 'Typical education',
    rowPay: 'Pay',
    rowOutlook: 'Job outlook',
    rowWorkplaces: 'Where they work',
    rowRemote: 'Working from home',
  },
  es: {
    pageTitle: (a: string, b: string) => `Comparar ${a} y ${b} — CareerFit`,
    heading: 'Comparar dos carreras',
    lead: 'Elige dos carreras cualquiera para verlas lado a lado.',
    choose: 'Elegir carreras',
    first: 'Primera carrera',
    second: 'Segunda carrera',
    glance: 'De un vistazo',
    glanceCaption: (a: string, b: string) => `${a} y ${b} lado a lado`,
    traits: 'Rasgos que pide cada trabajo',
    traitsCaption: 'El nivel que necesita cada carrera en cada rasgo, de 0 a 100, y cuánto importa',
    trait: 'Rasgo',
    rowDuties: 'Qué hacen',
    rowEducation: 'Estudios más comunes',
    rowPay: 'Sueldo',
    rowOutlook: 'Demanda de trabajo a futuro',
    rowWorkplaces: 'Dónde trabajan',
    rowRemote: 'Trabajar desde casa',
  },
});
