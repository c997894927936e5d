import { defineMessages } from '../../../i18n';

export const sessionMessages = defineMessages({
  en: {
    title: 'Counselor session — CareerFit',
    heading: 'Run a counselor session',
    intro:
      'Set up a session for a class or group. Nothing is sent anywhere: results stay on the students’ screens unless you choose to keep them on this device.',
    groupLabel: 'Group label',
    groupHint: 'For example “Period 3 — Room 214”. It is added to each student’s result code.',
    groupEmpty: 'Enter a group label.',
    groupTooLong: 'That label is too long. Keep it to about 40 letters.',
    groupCharacters: 'Leave out < and > and other special characters.',
    sharedLabel: 'Shared-device mode',
    sharedHint:
      'Students take turns on this one device. Each one presses “Done — next student” at the end, and the device clears their answers.',
    sharedLegend: 'Shared device',
    askNameLabel: 'Ask each student for a first name or initials (optional for them)',
    inactivityLabel: 'Reset after no activity for',
    minutes: (n: string) => `${n} minutes`,
    inactivityHint: (seconds: string) =>
      `Before it resets, the device shows a warning for ${seconds} seconds with an “I’m still here” button.`,
    pinLabel: 'Counselor PIN (4 to 8 digits)',
    pinAgainLabel: 'Enter the PIN again',
    pinHint:
      'Needed to open counselor pages and to leave shared-device mode on this device. Only a scrambled (hashed) copy is saved. Kept results are locked with this PIN, so students cannot read each other’s: if you forget it, nobody can read them, not even you.',
    pinFormat: 'Use 4 to 8 digits.',
    pinMismatch: 'The two PINs are different.',
    keepLabel: 'Keep results on this device for the counselor',
    keepHint:
      'Off unless you turn it on. When it is on, a student’s result code (and name, if given) is saved in this browser when they press “Done — next student”, or when the device resets after they finished the quiz. Unfinished quizzes are never kept. Nothing is sent anywhere.',
    start: 'Start session',
    fixErrors: 'Check the fields marked below.',
    notSaved:
      'This browser would not save the session (its storage may be full or blocked), so it has not started. Free some space or use another browser, then try again.',
    runningHeading: (group: string) => `Session running: ${group}`,
    sharedOn: 'Shared-device mode is on for this device.',
    sharedOff: 'Shared-device mode is off: students use their own devices.',
    keepOn: 'Results are kept on this device.',
    keepOff: 'Results are not kept on this device.',
    ownDeviceHeading: 'Students on their own devices',
    ownDeviceText:
      'Share this link. Students open it, take the quiz and show you their code for this group at the end.',
    linkLabel: 'Session link',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy. Select the link and copy it yourself.',
    qrLabel: (link: string) => `QR code for the session link ${link}`,
    openDashboard: 'Open the dashboard',
    toStudents: 'Go to the start page for students',
    stopHeading: 'End the session',
    stopHint:
      'This turns off shared-device mode. Kept results stay locked with this session’s PIN until you clear them: the dashboard asks for it to show them.',
    stopExport: 'Download them first from the dashboard (CSV)',
    stopPinLabel: 'Counselor PIN',
    stop: 'End session',
    stopWrongPin: 'That PIN is not right. The session is still running.',
    stopped: 'Session ended.',
  },
  es: {
    title: 'Sesión de consejería escolar — CareerFit',
    heading: 'Organiza una sesión de consejería',
    intro:
      'Prepara una sesión para una clase o un grupo. No se envía nada: los resultados se quedan en la pantalla de cada estudiante, a menos que decidas guardarlos en este dispositivo.',
    groupLabel: 'Nombre del grupo',
    groupHint:
      'Por ejemplo, “Periodo 3 — Salón 214”. Se agrega al código de resultado de cada estudiante.',
    groupEmpty: 'Escribe un nombre para el grupo.',
    groupTooLong: 'Ese nombre es muy largo. Usa unas 40 letras como máximo.',
    groupCharacters: 'No uses < ni > ni otros caracteres especiales.',
    sharedLabel: 'Modo de dispositivo compartido',
    sharedHint:
      'Cada estudiante usa este mismo dispositivo por turnos. Al terminar, toca “Listo — siguiente estudiante” y el dispositivo borra sus respuestas.',
    sharedLegend: 'Dispositivo compartido',
    askNameLabel: 'Pedir a cada estudiante su nombre o sus iniciales (es opcional)',
    inactivityLabel: 'Reiniciar si no hay actividad durante',
    minutes: (n: string) => `${n} minutos`,
    inactivityHint: (seconds: string) =>
      `Antes de reiniciar, el dispositivo muestra un aviso durante ${seconds} segundos con un botón “Sigo aquí”.`,
    pinLabel: 'PIN de consejería escolar (de 4 a 8 dígitos)',
    pinAgainLabel: 'Escribe el PIN otra vez',
    pinHint:
      'Se necesita para abrir las páginas de consejería escolar y para salir del modo de dispositivo compartido. Solo se guarda una copia cifrada (hash). Los resultados guardados quedan bloqueados con este PIN para que nadie lea los de otra persona: si lo olvidas, nadie podrá leerlos, ni siquiera tú.',
    pinFormat: 'Usa de 4 a 8 dígitos.',
    pinMismatch: 'Los dos PIN no son iguales.',
    keepLabel: 'Guardar los resultados en este dispositivo para consejería escolar',
    keepHint:
      'Está apagado a menos que lo actives. Si está activado, el código de resultado de cada estudiante (y su nombre, si lo dio) se guarda en este navegador cuando toca “Listo — siguiente estudiante”, o cuando el dispositivo se reinicia después de que terminó el cuestionario. Los cuestionarios sin terminar nunca se guardan. No se envía nada.',
    start: 'Empezar la sesión',
    fixErrors: 'Revisa los campos marcados abajo.',
    notSaved:
      'Este navegador no guardó la sesión (puede que su almacenamiento esté lleno o bloqueado), así que no empezó. Libera espacio o usa otro navegador y vuelve a intentarlo.',
    runningHeading: (group: string) => `Sesión en curso: ${group}`,
    sharedOn: 'El modo de dispositivo compartido está activado en este dispositivo.',
    sharedOff:
      'El modo de dispositivo compartido está apagado: cada estudiante usa su propio dispositivo.',
    keepOn: 'Los resultados se guardan en este dispositivo.',
    keepOff: 'Los resultados no se guardan en este dispositivo.',
    ownDeviceHeading: 'Estudiantes con dispositivo propio',
    ownDeviceText:
      'Comparte este enlace. Cada estudiante lo abre, hace el cuestionario y al final te muestra su código para este grupo.',
    linkLabel: 'Enlace de la sesión',
    copy: 'Copiar el enlace',
    copied: 'Enlace copiado.',
    copyFailed: 'No se pudo copiar. Selecciona el enlace y cópialo tú.',
    qrLabel: (link: string) => `Código QR del enlace de la sesión ${link}`,
    openDashboard: 'Abrir el panel',
    toStudents: 'Ir a la página de inicio para estudiantes',
    stopHeading: 'Terminar la sesión',
    stopHint:
      'Esto apaga el modo de dispositivo compartido. Los resultados guardados siguen bloqueados con el PIN de esta sesión hasta que los borres: el panel lo pide para mostrarlos.',
    stopExport: 'Descárgalos antes desde el panel (CSV)',
    stopPinLabel: 'PIN de consejería escolar',
    stop: 'Terminar la sesión',
    stopWrongPin: 'Ese PIN no es correcto. La sesión sigue en curso.',
    stopped: 'Sesión terminada.',
  },
});
