import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeShareCode } from '../../../src/domain';
import { CONTENT_VERSION, QUESTION_SETS } from '../../../src/content/question-sets';
import { QUESTIONS } from '../../../src/content/questions';
import { hashPin } from '../../../src/lib/pin';
import { useCounselorStore } from '../../../src/store/counselor-store';
import { useDeviceSession } from '../../../src/features/counselor/shared-device/device-session';
import { PERSONAS, answersFor } from '../../personas';
import { resetCounselor, seedResults } from '../../fixtures/counselor';
import { renderApp } from '../render-app';

const code = encodeShareCode(
  { answers: answersFor(PERSONAS.coder, QUESTIONS), educationPlan: null, group: 'Period 3' },
  QUESTION_SETS,
  CONTENT_VERSION,
);

describe('counselor gate on a shared device', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    localStorage.clear();
    useDeviceSession.getState().lock();
    await resetCounselor();
    await seedResults([{ code, name: 'Zelda Quarry', group: 'Period 3', source: 'paste' }]);
    useCounselorStore.setState({
      settings: {
        group: 'Period 3',
        sharedDevice: true,
        askName: false,
        inactivityMinutes: 10,
        pinHash: await hashPin('4821'),
        keepResults: true,
        vaultId: null,
      },
    });
  });

  it.each([
    '/counselor/dashboard',
    '/COUNSELOR/dashboard',
    '/counselor/%64ashboard',
    '/counselor/dashboard/',
    '/Counselor/Session',
  ])('%s asks for the PIN and never shows a name before it', async (path) => {
    renderApp(path);
    expect(await screen.findByLabelText('PIN', {}, { timeout: 10_000 })).toBeVisible();
    expect(document.body.textContent).not.toContain('Zelda Quarry');
  });

  it('shows the dashboard after the right PIN', async () => {
    const user = userEvent.setup();
    renderApp('/COUNSELOR/dashboard');
    await user.type(await screen.findByLabelText('PIN', {}, { timeout: 10_000 }), '4821');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Zelda Quarry', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  describe('wrong PINs', () => {
    afterEach(() => vi.restoreAllMocks());

    async function tryPin(user: ReturnType<typeof userEvent.setup>, pin: string) {
      await user.type(screen.getByLabelText('PIN'), pin);
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      await screen.findByRole('button', { name: 'Unlock' }, { timeout: 10_000 });
    }

    it('make even the right PIN wait after three, and the wait survives a reload', async () => {
      let now = 1_700_000_000_000;
      vi.spyOn(Date, 'now').mockImplementation(() => now);
      const user = userEvent.setup();
      const first = renderApp('/counselor/dashboard');
      await screen.findByLabelText('PIN', {}, { timeout: 10_000 });
      for (const pin of ['1111', '2222', '3333']) await tryPin(user, pin);
      expect(screen.getByRole('alert')).toHaveTextContent(
        'That PIN is not right. Too many wrong PINs on this device. Try again in 5 seconds.',
      );
      await tryPin(user, '4821');
      expect(document.body.textContent).not.toContain('Zelda Quarry');

      first.unmount();
      now += 2_000;
      renderApp('/counselor/dashboard');
      expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
        'Try again in 3 seconds.',
      );
      await tryPin(user, '4821');
      expect(document.body.textContent).not.toContain('Zelda Quarry');

      now += 3_000;
      await user.type(screen.getByLabelText('PIN'), '4821');
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      expect(await screen.findByText('Zelda Quarry', {}, { timeout: 10_000 })).toBeInTheDocument();
    });
  });

  it('upgrades an old salted SHA-256 PIN hash to PBKDF2 once the PIN is given', async () => {
    const salt = '0f1e2d3c';
    const digest = createHash('sha256').update(`careerfit-pin:${salt}:4821`).digest('hex');
    const settings = useCounselorStore.getState().settings!;
    useCounselorStore.setState({ settings: { ...settings, pinHash: `${salt}:${digest}` } });
    const user = userEvent.setup();
    renderApp('/counselor/dashboard');
    await user.type(await screen.findByLabelText('PIN', {}, { timeout: 10_000 }), '4821');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Zelda Quarry', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(useCounselorStore.getState().settings?.pinHash).toMatch(/^pbkdf2-sha256\$600000\$/);
  });
});
