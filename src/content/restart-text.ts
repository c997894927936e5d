/** Wording for "Start over", shared by every screen that offers it. */
export const RESTART_TEXT = {
  label: 'Start over',
  title: 'Start over?',
  confirmLabel: 'Yes, start over',
  cancelLabel: 'Keep my answers',
  body: (answered: number) =>
    `This clears your ${answered} ${answered === 1 ? 'answer' : 'answers'} on this device. You can't undo it.`,
} as const;
