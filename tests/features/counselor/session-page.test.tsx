import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyPin } from '../../../src/lib/pin';
import { resetCounselor } from '../../fixtures/counselor';
import { useCounselorStore } from '../../../src/store/counselor-store';
import { useDeviceSession } from '../../../src/features/counselor/shared-device/device-session';
import { useLocaleStore } from '../../../src/i18n/locale-store';
import { renderApp } from '../render-app';

async function openSetup() {
  renderApp('/counselor/session');
  // The route's module loads on first use: allow for a slow first import.
  return screen.findByRole(
    'heading',
    { level: 1, name: 'Run a counselor session' },
    { timeout: 10_000 },
  );
}

describe('counselor session setup', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await resetCounselor();
    useDeviceSession.getState().lock();
  });

  it('labels every field; shared-device options appear when that mode is on', async () => {
    const user = userEvent.setup();
    await openSetup();
    expect(screen.getByRole('textbox', { name: 'Group label' })).toHaveAccessibleDescription(
      /Period 3 — Room 214/,
    );
    expect(screen.queryByLabelText('Counselor PIN (4 to 8 digits)')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Shared-device mode' }));
    expect(screen.getByLabelText('Counselor PIN (4 to 8 digits)')).toHaveAttribute(
      'type',
      'password',
    );
    expect(screen.getByLabelText('Enter the PIN again')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Reset after no activity for' })).toHaveValue('5');
    expect(screen.getByRole('checkbox', { name: /first name or initials/ })).not.toBeChecked();
    const keep = screen.getByRole('checkbox', {
      name: 'Keep results on this device for the counselor',
    });
    expect(keep).not.toBeChecked();
    expect(keep).toHaveAccessibleDescription(/Unfinished quizzes are never kept/);
  });

  it('explains each problem beside its field and starts nothing', async () => {
    const user = userEvent.setup();
    await openSetup();
    await user.click(screen.getByRole('checkbox', { name: 'Shared-device mode' }));
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Check the fields marked below.');
    const group = screen.getByRole('textbox', { name: 'Group label' });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription(/Enter a group label\./);
    await waitFor(() => expect(group).toHaveFocus());
    expect(screen.getByLabelText('Counselor PIN (4 to 8 digits)')).toHaveAccessibleDescription(
      /Use 4 to 8 digits\./,
    );

    await user.type(group, 'Period 3');
    await user.type(screen.getByLabelText('Counselor PIN (4 to 8 digits)'), '4821');
    await user.type(screen.getByLabelText('Enter the PIN again'), '4812');
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    expect(screen.getByLabelText('Enter the PIN again')).toHaveAccessibleDescription(
      /The two PINs are different\./,
    );
    expect(useCounselorStore.getState().settings).toBeNull();
  });

  it('starts a shared-device session with a hashed PIN, then ends it only with that PIN', async () => {
    const user = userEvent.setup();
    await openSetup();
    await user.type(screen.getByRole('textbox', { name: 'Group label' }), 'Period 3 — Room 214');
    await user.click(screen.getByRole('checkbox', { name: 'Shared-device mode' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /no activity/ }), '10');
    await user.type(screen.getByLabelText('Counselor PIN (4 to 8 digits)'), '4821');
    await user.type(screen.getByLabelText('Enter the PIN again'), '4821');
    await user.click(screen.getByRole('checkbox', { name: /Keep results/ }));
    await user.click(screen.getByRole('button', { name: 'Start session' }));

    expect(
      await screen.findByRole(
        'heading',
        { name: 'Session running: Period 3 — Room 214' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const settings = useCounselorStore.getState().settings;
    expect(settings).toMatchObject({
      group: 'Period 3 — Room 214',
      sharedDevice: true,
      askName: false,
      inactivityMinutes: 10,
      keepResults: true,
    });
    expect(JSON.stringify(settings)).not.toContain('4821');
    expect(await verifyPin('4821', settings?.pinHash ?? null)).toBe(true);
    const saved = localStorage.getItem('careerfit:counselor-settings');
    expect(saved).toContain('pinHash');
    expect(saved).not.toContain('4821');
    expect(screen.getByText(/\?group=Period\+3/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Counselor PIN'), '0000');
    await user.click(screen.getByRole('button', { name: 'End session' }));
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      /That PIN is not right/,
    );
    expect(useCounselorStore.getState().settings).not.toBeNull();

    await user.type(screen.getByLabelText('Counselor PIN'), '4821');
    await user.click(screen.getByRole('button', { name: 'End session' }));
    expect(await screen.findByText('Session ended.', {}, { timeout: 10_000 })).toHaveAttribute(
      'role',
      'status',
    );
    expect(useCounselorStore.getState().settings).toBeNull();
  });

  it('speaks Spanish', async () => {
    useLocaleStore.setState({ locale: 'es' });
    renderApp('/counselor/session');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Organiza una sesión de consejería' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nombre del grupo' })).toBeInTheDocument();
  });
});
