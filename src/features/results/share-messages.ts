import { defineMessages } from '../../i18n';

/** Keeping a result: share link, print header and the page a shared link opens. */
export const shareMessages = defineMessages({
  en: {
    // Share and print panel
    shareIntro:
      'The link holds your answers in a short code, so it opens this same result on any device. No account, and nothing is sent anywhere until you share it.',
    linkLabel: 'Link to this result',
    copyLink: 'Copy link',
    share: 'Share…',
    shareSheetTitle: 'My CareerFit result',
    copied: 'Link copied.',
    copyFailed: 'Copy did not work: select the link below and copy it.',
    keepActions: 'Keep this result',
    keepTitle: 'Link and name for the printout',
    nameLabel: 'Your name for the printout (optional)',
    nameHint: 'Only printed on the page. It is not saved and not put in the link.',
    print: 'Print',
    pdfHint: 'To keep it as a PDF, choose Print, then “Save as PDF” as the printer.',

    // Print header (paper only)
    printTitle: 'CareerFit results',
    printTitleFor: (name: string) => `CareerFit results for ${name}`,
    openAgain: 'Open this result again:',
    qrLabel: 'QR code of the link to this result',

    // Shared result page
    sharedDocTitle: (title: string) => `Shared result: ${title} — CareerFit`,
    badLinkDocTitle: 'Result link problem — CareerFit',
    badLinkTitle: 'We can’t open this result',
    problemEmpty: 'This link has no result code in it.',
    problemNotACode:
      "This link doesn't hold a CareerFit result. It may have been cut off or mistyped.",
    problemDamaged:
      'This result link is damaged — part of it may be missing or changed — so it can’t be opened.',
    problemNewerFormat: 'This result link was made by a newer version of CareerFit than this one.',
    problemNoAnswers: 'This result link holds no answers, so there is no result to show.',
    problemUnknownContent:
      'This result link comes from a version of the quiz this site doesn’t know.',
    badLinkAdvice: (minutes: string) =>
      `Ask for the link again, or take the quiz yourself — it takes about ${minutes} minutes.`,
    takeQuiz: 'Take the quiz',
    sharedBanner: 'Someone shared this result with you.',
    group: (group: string) => ` Group: ${group}.`,
    dropped: ' A few answers were to questions the quiz no longer asks.',
    takeQuizYourself: 'Take the quiz yourself',
  },
  es: {
    shareIntro:
      'El enlace guarda tus respuestas en un código corto, así que abre este mismo resultado en cualquier dispositivo. No necesitas cuenta y no se envía nada a ningún lado hasta que lo compartas.',
    linkLabel: 'Enlace a este resultado',
    copyLink: 'Copiar enlace',
    share: 'Compartir…',
    shareSheetTitle: 'Mi resultado de CareerFit',
    copied: 'Enlace copiado.',
    copyFailed: 'No se pudo copiar: selecciona el enlace de abajo y cópialo.',
    keepActions: 'Guarda este resultado',
    keepTitle: 'Enlace y nombre para la hoja impresa',
    nameLabel: 'Tu nombre para la hoja impresa (opcional)',
    nameHint: 'Solo aparece en la hoja impresa. No se guarda ni se pone en el enlace.',
    print: 'Imprimir',
    pdfHint: 'Para guardarlo como PDF, elige Imprimir y luego “Guardar como PDF” como impresora.',

    printTitle: 'Resultados de CareerFit',
    printTitleFor: (name: string) => `Resultados de CareerFit de ${name}`,
    openAgain: 'Vuelve a abrir este resultado:',
    qrLabel: 'Código QR del enlace a este resultado',

    sharedDocTitle: (title: string) => `Resultado compartido: ${title} — CareerFit`,
    badLinkDocTitle: 'Problema con el enlace del resultado — CareerFit',
    badLinkTitle: 'No podemos abrir este resultado',
    problemEmpty: 'Este enlace no tiene un código de resultado.',
    problemNotACode:
      'Este enlace no contiene un resultado de CareerFit. Puede que esté cortado o mal escrito.',
    problemDamaged:
      'Este enlace de resultado está dañado (puede que le falte una parte o que haya cambiado), así que no se puede abrir.',
    problemNewerFormat:
      'Este enlace de resultado se hizo con una versión de CareerFit más nueva que esta.',
    problemNoAnswers:
      'Este enlace de resultado no tiene respuestas, así que no hay resultado que mostrar.',
    problemUnknownContent:
      'Este enlace de resultado viene de una versión del cuestionario que este sitio no conoce.',
    badLinkAdvice: (minutes: string) =>
      `Pide el enlace otra vez o haz tú el cuestionario: toma unos ${minutes} minutos.`,
    takeQuiz: 'Hacer el cuestionario',
    sharedBanner: 'Alguien compartió este resultado contigo.',
    group: (group: string) => ` Grupo: ${group}.`,
    dropped: ' Algunas respuestas eran de preguntas que el cuestionario ya no hace.',
    takeQuizYourself: 'Haz tú el cuestionario',
  },
});
