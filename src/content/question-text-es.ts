import type { QuestionId } from '../domain/types';

/**
 * The Spanish wording of each quiz item. Only the words differ: trait, keying, kind and source
 * live once, in questions.ts, so both languages score the same answers the same way.
 */
export const QUESTION_TEXT_ES: Readonly<Record<QuestionId, string>> = {
  'q-fix-bike': 'Arreglar una bicicleta que no funciona bien.',
  'q-neat-desk': 'Mantengo mi cuarto, mi casillero o mi escritorio limpio y ordenado.',
  'q-body-works': 'Aprender cómo funciona el cuerpo humano.',
  'q-spot-mistakes': 'Me doy cuenta de errores pequeños que otras personas no ven.',
  'q-design-poster': 'Diseñar un cartel para un evento de la escuela.',
  'q-new-apps': 'Aprendo rápido a usar aplicaciones y programas nuevos.',
  'q-calm-patient': 'Ayudar a calmar a una persona nerviosa antes de su examen médico.',
  'q-explain-clearly': 'Puedo explicar las cosas con claridad a personas adultas que no conozco.',
  'q-run-business': 'Tener tu propio negocio pequeño.',
  'q-work-alone': 'Trabajo mejor por mi cuenta.',
  'q-file-records': 'Archivar expedientes de pacientes para que cualquiera los encuentre rápido.',
  'q-measure-medicine': 'Medir la cantidad exacta de medicina para un pedido.',
  'q-last-minute': 'Muchas veces dejo las cosas para el último momento.',
  'q-science-test': 'Hacer una prueba de ciencias para comprobar una idea.',
  'q-skip-checking': 'Cuando termino la tarea, no la reviso.',
  'q-write-story': 'Escribir un cuento corto.',
  'q-computers-nervous': 'Las computadoras y los programas nuevos me ponen nervioso o nerviosa.',
  'q-teach-kids': 'Enseñar un juego nuevo a estudiantes de primaria.',
  'q-hard-to-speak-up': 'Me cuesta hablar cuando estoy en un grupo.',
  'q-sell-idea': 'Lograr que otras personas prueben tu idea.',
  'q-bored-alone': 'Me aburro cuando trabajo a solas mucho tiempo.',
  'q-check-numbers': 'Revisar una lista larga de números para encontrar errores.',
  'q-build-shelf': 'Construir un estante de madera.',
  'q-plan-week': 'Planeo mi semana para terminar las cosas a tiempo.',
  'q-study-lab-report': 'Estudiar un informe de laboratorio para saber qué enfermedad muestra.',
  'q-follow-steps': 'Sigo las instrucciones al pie de la letra, paso a paso.',
  'q-play-music': 'Tocar música en una banda.',
  'q-figure-settings':
    'Puedo entender la configuración de un teléfono o una computadora sin ayuda.',
  'q-care-sick': 'Cuidar a personas enfermas.',
  'q-clear-writing': 'Me dicen que lo que escribo es fácil de entender.',
  'q-be-boss': 'Ser quien dirige a un equipo en el trabajo.',
  'q-strangers-tiring': 'Hablar con gente desconocida todo el día me cansaría mucho.',
  'q-code-diagnosis': 'Buscar el código correcto para el diagnóstico que dio el personal médico.',
  'q-exam-tools': 'Preparar los instrumentos que el médico o la médica necesita para un examen.',
  'q-messy-backpack': 'Mi mochila casi siempre está desordenada.',
  'q-health-patterns': 'Buscar patrones en datos de salud para ayudar a equipos de investigación.',
  'q-careless': 'Muchas veces cometo errores por descuido.',
  'q-act-play': 'Actuar en una obra de teatro.',
  'q-need-tech-help': 'Necesito ayuda para hacer casi todo en una computadora.',
  'q-help-classmate': 'Ayudar a alguien de tu clase que está pasando por un mal momento.',
  'q-confusing-messages': 'Los mensajes que escribo suelen confundir a la gente.',
  'q-clinic-budget': 'Decidir en qué debe gastar su dinero una clínica.',
  'q-people-all-day': 'Me gustaría un trabajo en el que esté con gente todo el día.',
  'q-type-notes':
    'Escribir en la computadora las notas grabadas del personal médico, palabra por palabra.',
};
