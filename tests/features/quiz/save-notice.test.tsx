import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTIONS } from '../../../src/content/questions';
import { useStore } from '../../../src/store/store';
import { renderApp } from '../render-app';

const slow = { timeout: 10_000 };

describe('SaveNotice', () => {
  beforeEach(() => useStore.getState().actions.restart());
  afterEach(() => vi.restoreAllMocks());

  it('says at once that answers were not saved, with what to do, and goes when saving works', async () => {
    renderApp('/quiz');
    const group = await screen.findByRole('radiogroup', { name: QUESTIONS[0]!.text }, slow);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await userEvent.click(within(group).getAllByRole('radio')[3]!);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not be saved on this device/);
    expect(alert).toHaveTextContent(/Keep this tab open/);
    full.mockRestore();
    await userEvent.click(within(group).getAllByRole('radio')[2]!);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
