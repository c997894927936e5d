import { defineMessages } from '../../../i18n';

export const homeMessages = defineMessages({
  en: {
    title: 'For counselors — CareerFit',
    heading: 'For counselors',
    lead: 'Run CareerFit with a class or group, then look at everyone’s results together.',
    howHeading: 'How it works — no accounts, no servers',
    how1: 'Set up a session on your device: a group label, and whether students share one device or use their own.',
    how2: 'Students take the quiz. Each result becomes a short result code (or share link) that holds their answers.',
    how3: 'Collect the codes: paste them, load a CSV file from a form, or let a shared device keep them as students finish.',
    how4: 'The dashboard reads the codes in your browser. Nothing is sent anywhere, and the data stays on this device until you clear it.',
    linksHeading: 'Go to',
    session: 'Set up a session',
    dashboard: 'Counselor dashboard',
    guide: 'Discussion guide',
  },
  es: {
    title: 'Para consejería — CareerFit',
    heading: 'Para consejería escolar',
    lead: 'Usa CareerFit con una clase o un grupo y después mira en conjunto los resultados del grupo.',
    howHeading: 'Cómo funciona: sin cuentas y sin servidores',
    how1: 'Prepara una sesión en tu dispositivo: el nombre del grupo y si cada estudiante usa su propio dispositivo o comparten uno.',
    how2: 'Cada estudiante hace el cuestionario. Cada resultado se vuelve un código de resultado corto (o enlace para compartir) con sus respuestas.',
    how3: 'Junta los códigos: pégalos, carga un archivo CSV de un formulario o deja que el dispositivo compartido los guarde cuando cada estudiante termina.',
    how4: 'El panel lee los códigos en tu navegador. No se envía nada a ningún lado y los datos se quedan en este dispositivo hasta que los borres.',
    linksHeading: 'Ir a',
    session: 'Preparar una sesión',
    dashboard: 'Panel de consejería',
    guide: 'Guía para conversar',
  },
});
