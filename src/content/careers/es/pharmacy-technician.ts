import type { CareerFacts } from '../../../domain/types';
import { pharmacyTechnicianFacts as en } from '../pharmacy-technician';

const BLS_SOURCE_ES =
  'Oficina de Estadísticas Laborales de EE. UU. (BLS), Manual de Perspectivas Ocupacionales: técnico/a de farmacia';

/** Spanish text; figures' numbers and years and the article quotes are shared with the English. */
export const pharmacyTechnicianFactsEs = {
  id: 'pharmacy-technician',
  title: 'Técnico/a de farmacia',
  summary:
    'Ayudas al personal farmacéutico a surtir recetas: mides, empacas y etiquetas medicinas, y luego atiendes a la clientela cuando las recogen.',
  duties: [
    'Ayudar al personal farmacéutico a preparar y entregar recetas.',
    'Medir la cantidad correcta de cada medicina.',
    'Empacar y etiquetar medicinas.',
    'Hablar con la clientela cuando recoge sus recetas.',
  ],
  traitsWhy: [
    {
      trait: 'detail',
      why: 'Tienes que medir la cantidad correcta de cada medicina y etiquetarla exactamente bien.',
    },
    {
      trait: 'handsOn',
      why: 'Todo el día mides, empacas y etiquetas medicinas con las manos.',
    },
    {
      trait: 'customerService',
      why: 'Atiendes a la clientela cara a cara cuando recoge sus recetas.',
    },
  ],
  education: {
    typical:
      'La mayoría empieza con el diploma de secundaria (high school) y aprende en el trabajo. Hay quienes terminan un programa de técnico/a de farmacia después de la secundaria. Casi todos los estados tienen reglas para este trabajo.',
    length: 'high-school',
  },
  credentials: [
    {
      code: 'CPhT',
      name: 'Certified Pharmacy Technician (técnico/a de farmacia certificado/a)',
      issuer:
        'Pharmacy Technician Certification Board (PTCB), la junta que certifica al personal técnico de farmacia',
      note: 'Termina un programa de formación reconocido por la PTCB o trabaja al menos 500 horas como técnico/a de farmacia, y luego aprueba el examen PTCE.',
    },
  ],
  workplaces: [
    'Farmacias dentro de tiendas de medicinas, supermercados y tiendas de artículos generales',
    'Hospitales',
  ],
  remote: {
    level: 'rare',
    note: 'Medir, empacar y entregar medicinas a la clientela son cosas que pasan en la farmacia.',
  },
  growth:
    'Sacar la credencial CPhT es un primer paso. El artículo dice que trabajos relacionados como este usan habilidades parecidas: el trabajo cuidadoso y exacto es justo lo que también piden los trabajos de registros.',
  pay: { ...en.pay, label: '$40,300 al año (mediana)', source: BLS_SOURCE_ES },
  outlook: { ...en.outlook, label: '+7% (más rápido que el promedio)', source: BLS_SOURCE_ES },
  comparedWithRecords:
    'En farmacia se manejan medicinas y se atiende a la clientela cuando recoge sus recetas. En registros se trabaja sobre todo con archivos en papel o en la computadora y casi nunca se trata directamente con pacientes.',
  citations: en.citations,
} satisfies CareerFacts;
