import type { CareerFacts } from '../../../domain/types';
import { pharmacyTechnicianFacts as en } from '../pharmacy-technician';

/** Spanish text; figures' years and sources and the article quotes are shared with the English. */
export const pharmacyTechnicianFactsEs = {
  id: 'pharmacy-technician',
  title: 'Técnico de farmacia',
  summary:
    'Ayudas a los farmacéuticos a surtir recetas: mides, empacas y etiquetas medicinas, y luego atiendes a los clientes cuando las recogen.',
  duties: [
    'Ayudar a los farmacéuticos a preparar y entregar recetas.',
    'Medir la cantidad correcta de cada medicina.',
    'Empacar y etiquetar medicinas.',
    'Hablar con los clientes cuando recogen sus recetas.',
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
      why: 'Atiendes a los clientes cara a cara cuando recogen sus recetas.',
    },
  ],
  education: {
    typical:
      'La mayoría empieza con el diploma de secundaria (high school) y aprende en el trabajo. Algunos terminan un programa de técnico de farmacia después de la secundaria. Casi todos los estados tienen reglas para los técnicos de farmacia.',
    length: 'high-school',
  },
  credentials: [
    {
      code: 'CPhT',
      name: 'Certified Pharmacy Technician (técnico de farmacia certificado)',
      issuer:
        'Pharmacy Technician Certification Board (PTCB), la junta que certifica a los técnicos de farmacia',
      note: 'Termina un programa de formación reconocido por la PTCB o trabaja al menos 500 horas como técnico de farmacia, y luego aprueba el examen PTCE.',
    },
  ],
  workplaces: [
    'Farmacias dentro de tiendas de medicinas, supermercados y tiendas de artículos generales',
    'Hospitales',
  ],
  remote: {
    level: 'rare',
    note: 'Medir, empacar y entregar medicinas a los clientes son cosas que pasan en la farmacia.',
  },
  growth:
    'Sacar la credencial CPhT es un primer paso. El artículo dice que trabajos relacionados como este usan habilidades parecidas: el trabajo cuidadoso y exacto es justo lo que también piden los trabajos de registros.',
  pay: { ...en.pay, label: '$40,300 al año (mediana)' },
  outlook: { ...en.outlook, label: '+7% (más rápido que el promedio)' },
  comparedWithRecords:
    'Un técnico de farmacia maneja medicinas y atiende a los clientes cuando recogen sus recetas. Un técnico de registros trabaja sobre todo con archivos en papel o en la computadora y casi nunca trata directamente con pacientes.',
  citations: en.citations,
} satisfies CareerFacts;
