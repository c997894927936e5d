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
    ready: 'Ready for the next student.',
    idleTitle: 'Are you still there?',
    idleText: (seconds: string) =>
      `To keep your answers private, this device clears them in ${seconds} seconds.`,
    stillHere: 'I’m still here',
    pinTitle: 'Counselor PIN needed',
    pinText: 'This page is for the counselor. Enter the PIN to open it.',
    pinLabel: 'PIN',
    unlock: 'Unlock',
    wrongPin: 'That PIN is not right.',
    backToStart: 'Back to the start page',
    groupCode: (group: string) => `Your code for ${group}`,
    groupCodeText: 'Show this code or the QR code to your counselor.',
    codeQr: (code: string) => `QR code for your result code ${code}`,
  },
  es: {
    bar: (group: string) =>
      `Dispositivo compartido de ${group}. Tus respuestas se borran cuando terminas.`,
    counselor: 'Consejero escolar',
    nameLabel: 'Nombre o iniciales (opcional)',
    nameHint: 'Solo para tu consejero escolar. Se olvida cuando empieza el siguiente estudiante.',
    done: 'Listo — siguiente estudiante',
    doneKeep:
      'Tu resultado se guarda para tu consejero escolar y luego el dispositivo se borra para el siguiente estudiante.',
    doneClear: 'Esto borra tus respuestas para que el siguiente estudiante empiece desde cero.',
    ready: 'Listo para el siguiente estudiante.',
    idleTitle: '¿Sigues ahí?',
    idleText: (seconds: string) =>
      `Para que tus respuestas sigan privadas, este dispositivo las borra en ${seconds} segundos.`,
    stillHere: 'Sigo aquí',
    pinTitle: 'Se necesita el PIN del consejero escolar',
    pinText: 'Esta página es para el consejero escolar. Escribe el PIN para abrirla.',
    pinLabel: 'PIN',
    unlock: 'Desbloquear',
    wrongPin: 'Ese PIN no es correcto.',
    backToStart: 'Volver a la página de inicio',
    groupCode: (group: string) => `Tu código para ${group}`,
    groupCodeText: 'Muéstrale este código o el código QR a tu consejero escolar.',
    codeQr: (code: string) => `Código QR de tu código de resultado ${code}`,
  },
});
