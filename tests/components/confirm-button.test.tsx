import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from '../../src/components/ui/confirm-button';

// Browsers run the dialog focusing steps on showModal(): the [autofocus] element, else the first
// focusable one. The stand-in in tests/setup.ts does not, so mimic it here to catch a dialog that
// leaves first focus on its destructive button.
const original = HTMLDialogElement.prototype.showModal;
beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    const target =
      this.querySelector<HTMLElement>('[autofocus]') ?? this.querySelector<HTMLElement>('button');
    target?.focus();
  };
});
afterEach(() => {
  HTMLDialogElement.prototype.showModal = original;
});

describe('ConfirmButton', () => {
  it('puts first focus on the safe choice, not the destructive one', async () => {
    const onConfirm = vi.fn();
    render(
      <ConfirmButton
        label="Start over"
        title="Start over?"
        confirmLabel="Yes, start over"
        cancelLabel="Keep my answers"
        onConfirm={onConfirm}
      >
        <p>Your answers will be cleared.</p>
      </ConfirmButton>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('dialog', { name: 'Start over?' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Keep my answers' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
