import { defineMessages } from '../../../i18n';

export const sharedDeviceMessages = defineMessages({
  en: {
    bar: (group: string) => `Shared device for ${group}. Your answers are cleared when you finish.`,
    counselor: 'Counselor',
    nameLabel: 'First name or initials (optional)',
    nameHint: 'Only for your counselor. It is forgotten when the next student starts.',
    done: 'Done — next student',
    doneKeep:
      'Your result is saved for your counselor, then this device is cleared for the next student.',
    doneClear: 'This clears your answers so the next student starts fresh.',
    keepFailed:
      'Your result could not be saved on this device. Show this page to your counselor or copy your link before you go, then try again.',
    ready: 'Ready for the next student.',
    idleTitle: 'Are you still there?',
    idleText: (seconds: string) =>
      `To keep your answers private, this device clears them in ${seconds} seconds.`,
    stillHere: 'I’m still here',
    pinTitle: 'Counselor PIN needed',
    pinText: 'This page is for the counselor. Enter the PIN to open it.',
    pinLabel: 'PIN',
    framedText: 'Counselor pages do not open inside another page.',
    framedLink: 'Open this page in its own tab',
    unlock: 'Unlock',
    wrongPin: 'That PIN is not right.',
    pinWait: (wait: string) => `Too many wrong PINs on this device. Try again in ${wait}.`,
    seconds: (n: number) => (n === 1 ? '1 second' : `${n} seconds`),
    minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
    checking: 'Checking…',
    backToStart: 'Back to the start page',
    groupCode: (group: string) => `Your code for ${group}`,
    groupCodeText: 'Show this code or the QR code to your counselor.',
    codeQr: (code: string) => `QR code for your result code ${code}`,
  },
  es: {
    bar: (group: string) =>
      `Dispositivo compartido de ${group}. Tus respuestas se borran cuando terminas.`,
    counselor: 'Consejería escolar',
    nameLabel: 'Nombre o iniciales (opcional)',
    nameHint:
      'Solo para tu consejero o consejera escolar. Se olvida cuando empieza el turno siguiente.',
    done: 'Listo — siguiente estudiante',
    doneKeep:
      'Tu resultado se guarda para tu consejero o consejera escolar y luego el dispositivo se borra para la siguiente persona.',
    doneClear: 'Esto borra tus respuestas para que la siguiente persona empiece desde cero.',
    keepFailed:
      'Tu resultado no se pudo guardar en este dispositivo. Muéstrale esta página a tu consejero o consejera escolar o copia tu enlace antes de irte, y vuelve a intentarlo.',
    ready: 'Todo listo para la siguiente persona.',
    idleTitle: '¿Sigues ahí?',
    idleText: (seconds: string) =>
      `Para que tus respuestas sigan privadas, este dispositivo las borra en ${seconds} segundos.`,
    stillHere: 'Sigo aquí',
    pinTitle: 'Se necesita el PIN de consejería escolar',
    pinText: 'Esta página es para el personal de consejería escolar. Escribe el PIN para abrirla.',
    pinLabel: 'PIN',
    framedText: 'Las páginas de consejería no se abren dentro de otra página.',
    framedLink: 'Abrir esta página en su propia pestaña',
    unlock: 'Desbloquear',
    wrongPin: 'Ese PIN no es correcto.',
    pinWait: (wait: string) =>
      `Demasiados PIN incorrectos en este dispositivo. Vuelve a intentarlo en ${wait}.`,
    seconds: (n: number) => (n === 1 ? '1 segundo' : `${n} segundos`),
    minutes: (n: number) => (n === 1 ? '1 minuto' : `${n} minutos`),
    checking: 'Comprobando…',
    backToStart: 'Volver a la página de inicio',
    groupCode: (group: string) => `Tu código para ${group}`,
    groupCodeText: 'Muéstrale este código o el código QR a tu consejero o consejera escolar.',
    codeQr: (code: string) => `Código QR de tu código de resultado ${code}`,
  },
});
