import { defineMessages } from '../../i18n';

/** Texts of the embed builder page (#/embed), read by school web staff. */
export const builderMessages = defineMessages({
  en: {
    title: 'Embed CareerFit — CareerFit',
    eyebrow: 'For schools',
    heading: 'Put CareerFit on your school’s website',
    lead: 'Embedding shows the whole quiz inside one of your pages, in a frame. Students take it there and get their result without leaving your site.',
    optionsHeading: '1. Choose the options',
    optionsNote: 'All of them are optional. The snippets below change as you go.',
    lowContrast: (ratio: string) =>
      `Too light for white text (${ratio}:1; it needs 4.5:1). The quiz will use a darker shade of it instead:`,
    darkShade: 'the darker shade',
    previewHeading: '2. Check the preview',
    previewNote:
      'This is how the quiz looks in your page. Answers you try in it are saved on this device like any others; its “Start over” button clears them.',
    copyHeading: '3. Copy a snippet into your page',
    scriptLabel: 'Script snippet (recommended)',
    scriptWhat: 'script snippet',
    scriptHint: 'Paste it where the quiz should appear. The frame grows and shrinks with the quiz.',
    iframeLabel: 'Plain iframe',
    iframeWhat: 'iframe snippet',
    iframeHint: (height: string, usual: string) =>
      `For site builders that remove scripts. It stays ${height} pixels tall and sends no events. The usual ${usual} fits the start page on a laptop and every question on any screen; on a phone the start page and the results scroll inside the frame, so choose “Skip the start page” for this snippet.`,
    passOn: 'Not the one who edits your school’s website? Send this page to whoever does:',
    passOnLink: 'Embed CareerFit on your school’s site',
    // Form
    formLabel: 'Embed options',
    language: 'Language',
    languageHint:
      'With “Student’s choice” the quiz follows each student’s browser, and students can switch between English and Spanish at any time.',
    languageAuto: 'Student’s choice',
    languageEn: 'English',
    languageEs: 'Spanish',
    accent: 'Accent colour',
    accentHint: 'Buttons and highlights. Pick a dark colour so white text on it stays readable.',
    org: 'School name',
    orgHint: 'Shown above the quiz as “CareerFit for …”.',
    group: 'Class or group label',
    groupHint: 'Like “Period 3”. It goes into each student’s result link, so no student names.',
    start: 'Skip the start page',
    startHint: 'Students begin at the first question.',
    events: 'Send result events to my page',
    eventsHint: 'Lets your page’s own code read each result (see “What your page receives”).',
    height: 'Iframe height in pixels',
    heightHint: (usual: string) =>
      `For the plain iframe only; the script version sizes itself. Usually ${usual}.`,
    // Preview
    previewTitle: 'CareerFit preview',
    previewLive: 'The preview works now. Changing an option resets it.',
    previewTry: 'Try the preview',
    // Snippet box
    copy: 'Copy',
    copyWhat: (what: string) => `Copy ${what}`,
    copied: 'Copied.',
    copyFailed: 'Copy did not work — select the text and copy it.',
  },
  es: {
    title: 'Insertar CareerFit — CareerFit',
    eyebrow: 'Para escuelas',
    heading: 'Ponga CareerFit en el sitio web de su escuela',
    lead: 'Al insertarlo, el cuestionario completo aparece dentro de una de sus páginas, en un marco. Cada estudiante lo contesta ahí y ve su resultado sin salir de su sitio.',
    optionsHeading: '1. Elija las opciones',
    optionsNote:
      'Todas son opcionales. Los fragmentos de código de abajo cambian a medida que elige.',
    lowContrast: (ratio: string) =>
      `Demasiado claro para texto blanco (${ratio}:1; necesita 4,5:1). El cuestionario usará en su lugar un tono más oscuro:`,
    darkShade: 'el tono más oscuro',
    previewHeading: '2. Revise la vista previa',
    previewNote:
      'Así se ve el cuestionario en su página. Las respuestas que pruebe aquí se guardan en este dispositivo como cualquier otra; el botón “Empezar de nuevo” las borra.',
    copyHeading: '3. Copie un fragmento de código en su página',
    scriptLabel: 'Fragmento con script (recomendado)',
    scriptWhat: 'el fragmento con script',
    scriptHint:
      'Péguelo donde debe aparecer el cuestionario. El marco se agranda y se achica con el cuestionario.',
    iframeLabel: 'Iframe simple',
    iframeWhat: 'el fragmento iframe',
    iframeHint: (height: string, usual: string) =>
      `Para editores de sitios que quitan los scripts. Mide siempre ${height} píxeles de alto y no envía eventos. Los ${usual} habituales bastan para la página de inicio en una computadora y para cada pregunta en cualquier pantalla; en un teléfono la página de inicio y los resultados se desplazan dentro del marco, así que elija “Saltar la página de inicio” para este fragmento.`,
    passOn:
      '¿No es usted quien edita el sitio web de la escuela? Envíe esta página a la persona que lo hace:',
    passOnLink: 'Insertar CareerFit en el sitio de su escuela',
    formLabel: 'Opciones para insertar',
    language: 'Idioma',
    languageHint:
      'Con “Lo elige cada estudiante”, el cuestionario sigue el idioma del navegador de cada estudiante, y cada quien puede cambiar entre inglés y español cuando quiera.',
    languageAuto: 'Lo elige cada estudiante',
    languageEn: 'Inglés',
    languageEs: 'Español',
    accent: 'Color de acento',
    accentHint:
      'Botones y resaltados. Elija un color oscuro para que el texto blanco sobre él se lea bien.',
    org: 'Nombre de la escuela',
    orgHint:
      'Aparece encima del cuestionario como “CareerFit para …” (en inglés, “CareerFit for …”).',
    group: 'Clase o grupo',
    groupHint:
      'Por ejemplo, “Period 3”. Se incluye en el enlace de resultado de cada estudiante, así que no ponga nombres de estudiantes.',
    start: 'Saltar la página de inicio',
    startHint: 'Cada estudiante empieza en la primera pregunta.',
    events: 'Enviar eventos de resultado a mi página',
    eventsHint:
      'Permite que el código de su página lea cada resultado (vea “Lo que recibe su página”).',
    height: 'Altura del iframe en píxeles',
    heightHint: (usual: string) =>
      `Solo para el iframe simple; la versión con script se ajusta sola. Normalmente, ${usual}.`,
    previewTitle: 'Vista previa de CareerFit',
    previewLive: 'La vista previa ya funciona. Si cambia una opción, se reinicia.',
    previewTry: 'Probar la vista previa',
    copy: 'Copiar',
    copyWhat: (what: string) => `Copiar ${what}`,
    copied: 'Copiado.',
    copyFailed: 'No se pudo copiar: seleccione el texto y cópielo.',
  },
});

/** The iframe's accessible name on the school's page, in the language the quiz is set to. */
export const frameMessages = defineMessages({
  en: { frameTitle: 'CareerFit career quiz' },
  es: { frameTitle: 'Cuestionario de carreras CareerFit' },
});
