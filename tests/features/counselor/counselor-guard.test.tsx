import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeShareCode } from '../../../src/domain';
import { CONTENT_VERSION, QUESTION_SETS } from '../../../src/content/question-sets';
import { QUESTIONS } from '../../../src/content/questions';
import { hashPin } from '../../../src/lib/pin';
import { useCounselorStore } from '../../../src/store/counselor-store';
import { useDeviceSession } from '../../../src/features/counselor/shared-device/device-session';
import { PERSONAS, answersFor } from '../../personas';
import { renderApp } from '../render-app';

const code = encodeShareCode(
  { answers: answersFor(PERSONAS.coder, QUESTIONS), educationPlan: null, group: 'Period 3' },
  QUESTION_SETS,
  CONTENT_VERSION,
);

describe('counselor gate on a shared device', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    useDeviceSession.getState().lock();
    useCounselorStore.setState({
      settings: {
        group: 'Period 3',
        sharedDevice: true,
        askName: false,
        inactivityMinutes: 10,
        pinHash: await hashPin('4821'),
        keepResults: true,
      },
      results: [
        { id: 'r1', code, name: 'Zelda Quarry', group: 'Period 3', source: 'paste', addedAt: 1 },
      ],
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
});
