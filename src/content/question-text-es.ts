import type { QuestionId } from '../domain/types';

/**
 * The Spanish wording of each quiz item. Only the words differ: trait, keying, kind and source
 * live once, in questions.ts, so both languages score the same answers the same way.
 */
export const QUESTION_TEXT_ES: Readonly<Record<QuestionId, string>> = {
  'q-neat-desk': 'Mantengo mi cuarto, mi casillero o mi escritorio limpio y ordenado.',
  'q-front-desk': 'Responder las preguntas de los visitantes en la recepción de una clínica.',
  'q-spot-mistakes': 'Me doy cuenta de errores pequeños que otras personas no ven.',
  'q-blood-pressure': 'Tomarle la presión arterial a un paciente y anotarla.',
  'q-new-apps': 'Aprendo rápido a usar aplicaciones y programas nuevos.',
  'q-code-diagnosis': 'Buscar el código correcto para el diagnóstico de un médico.',
  'q-last-minute': 'Muchas veces dejo las cosas para el último momento.',
  'q-measure-prescription': 'Medir una receta y ponerle su etiqueta.',
  'q-explain-clearly': 'Puedo explicar las cosas con claridad a adultos que no conozco.',
  'q-type-notes':
    'Escribir en la computadora las notas grabadas de un médico, palabra por palabra.',
  'q-take-charge': 'En los proyectos de grupo, casi siempre soy quien toma el mando.',
  'q-cancer-report': 'Leer un informe de laboratorio y anotar qué tipo de cáncer muestra.',
  'q-messy-backpack': 'Mi mochila o mi escritorio casi siempre están desordenados.',
  'q-work-from-home': 'Trabajar desde casa, ordenando expedientes de pacientes en la computadora.',
  'q-care-for-people': 'Me gusta ayudar a que las personas enfermas o lastimadas se sientan mejor.',
  'q-fix-record': 'Revisar el expediente de un paciente para encontrar errores y corregirlos.',
  'q-body-words': 'Me gusta aprender cómo funciona el cuerpo y los nombres de sus partes.',
  'q-phone-help': 'Contestar llamadas y ayudar a la gente a encontrar lo que necesita.',
  'q-dig-in': 'Cuando algo no cuadra, investigo hasta saber por qué.',
  'q-count-pills':
    'Contar las pastillas de un pedido y luego contarlas otra vez para estar seguro.',
  'q-skip-checking': 'Cuando termino la tarea, no la reviso.',
  'q-private-files':
    'Poner contraseñas para que los expedientes de los pacientes sigan siendo privados.',
  'q-clear-writing': 'La gente dice que escribo de forma clara y fácil de entender.',
  'q-team-schedule': 'Hacer el horario de trabajo de un equipo de diez personas.',
  'q-bored-alone': 'Me aburro cuando trabajo solo mucho tiempo.',
  'q-calm-patient': 'Ayudar a calmar a un paciente nervioso antes de un examen.',
  'q-plan-week': 'Planeo mi semana para terminar las cosas a tiempo.',
  'q-clear-up-mixup':
    'Hablar con una enfermera para aclarar una confusión en el expediente de un paciente.',
  'q-health-class': 'La salud y las ciencias son materias que me gustan.',
  'q-file-records': 'Archivar expedientes de pacientes para que cualquiera los encuentre rápido.',
  'q-strangers-tiring': 'Hablar con desconocidos todo el día me dejaría agotado.',
  'q-exam-tools': 'Preparar los instrumentos que un médico necesita para examinar a un paciente.',
  'q-type-fast': 'Puedo teclear rápido sin cometer muchos errores.',
  'q-save-money': 'Buscar maneras de que una clínica ahorre dinero y siga dando buena atención.',
  'q-computers-nervous': 'Las computadoras y los programas nuevos me ponen nervioso.',
  'q-follow-up': 'Llamar a un expaciente para saber cómo sigue.',
};
