import { useId, useRef, useState, type FormEvent } from 'react';
import { useFormat, useMessages } from '../../../i18n';
import { hashPin } from '../../../lib/pin';
import { createVault } from '../../../lib/sealed-box';
import { normalizeGroup } from '../../../domain/share-code';
import { useCounselorActions } from '../../../store/counselor-hooks';
import { useDeviceSession } from '../shared-device/device-session';
import { WARNING_SECONDS } from '../shared-device/idle-timer';
import {
  EMPTY_SETUP,
  INACTIVITY_CHOICES,
  validateSetup,
  type SetupForm,
  type SetupProblems,
} from './session-setup';
import { sessionMessages } from './session-messages';
import { CheckField, TextField } from './setup-fields';

/** The setup form; starting saves the settings (the PIN only as a salted hash). */
export function SessionForm({ onStarted }: { onStarted(): void }) {
  const t = useMessages(sessionMessages);
  const format = useFormat();
  const { startSession } = useCounselorActions();
  const unlock = useDeviceSession((state) => state.unlock);
  const [form, setForm] = useState<SetupForm>(EMPTY_SETUP);
  const [problems, setProblems] = useState<SetupProblems>({});
  const [tried, setTried] = useState(false);
  const [notSaved, setNotSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const update = (patch: Partial<SetupForm>) => setForm((current) => ({ ...current, ...patch }));

  const groupError = {
    empty: t.groupEmpty,
    'too-long': t.groupTooLong,
    characters: t.groupCharacters,
  } as const;
  const pinError = { format: t.pinFormat, mismatch: t.pinMismatch } as const;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSetup(form);
    setProblems(found);
    setTried(true);
    if (Object.keys(found).length > 0) {
      // The first field with a problem takes focus, so its message is read with it.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const shared = form.sharedDevice;
    const [pinHash, vault] = shared
      ? await Promise.all([hashPin(form.pin), createVault(form.pin)])
      : [null, undefined];
    const started = await startSession(
      {
        group: normalizeGroup(form.group) ?? form.group.trim(),
        sharedDevice: shared,
        askName: shared && form.askName,
        inactivityMinutes: form.inactivityMinutes,
        pinHash,
        keepResults: shared && form.keepResults,
      },
      vault,
    );
    setNotSaved(!started);
    if (!started) return;
    // The counselor who just set the PIN stays on this page.
    if (shared) unlock();
    onStarted();
  }

  const hasProblems = tried && Object.keys(problems).length > 0;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t.heading}</h1>
      <p>{t.intro}</p>
      {notSaved ? (
        <p className="field-error" role="alert">
          {t.notSaved}
        </p>
      ) : null}
      {hasProblems ? (
        <p className="field-error" role="alert">
          {t.fixErrors}
        </p>
      ) : null}
      <form ref={formRef} className="session-form" onSubmit={submit} noValidate>
        <TextField
          label={t.groupLabel}
          hint={t.groupHint}
          error={problems.group ? groupError[problems.group] : undefined}
          value={form.group}
          maxLength={60}
          onChange={(group) => update({ group })}
        />
        <CheckField
          label={t.sharedLabel}
          hint={t.sharedHint}
          checked={form.sharedDevice}
          onChange={(sharedDevice) => update({ sharedDevice })}
        />
        {form.sharedDevice ? (
          <fieldset className="session-shared">
            <legend>{t.sharedLegend}</legend>
            <CheckField
              label={t.askNameLabel}
              checked={form.askName}
              onChange={(askName) => update({ askName })}
            />
            <div className="session-field">
              <label htmlFor={`${id}-idle`} className="field-label">
                {t.inactivityLabel}
              </label>
              <select
                id={`${id}-idle`}
                className="text-input session-select"
                value={form.inactivityMinutes}
                aria-describedby={`${id}-idle-hint`}
                onChange={(event) => update({ inactivityMinutes: Number(event.target.value) })}
              >
                {INACTIVITY_CHOICES.map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {t.minutes(format.number(minutes))}
                  </option>
                ))}
              </select>
              <p id={`${id}-idle-hint`} className="muted field-hint">
                {t.inactivityHint(format.number(WARNING_SECONDS))}
              </p>
            </div>
            <TextField
              label={t.pinLabel}
              hint={t.pinHint}
              error={problems.pin ? pinError[problems.pin] : undefined}
              value={form.pin}
              pin
              onChange={(pin) => update({ pin })}
            />
            <TextField
              label={t.pinAgainLabel}
              error={problems.pinAgain ? pinError[problems.pinAgain] : undefined}
              value={form.pinAgain}
              pin
              onChange={(pinAgain) => update({ pinAgain })}
            />
            <CheckField
              label={t.keepLabel}
              hint={t.keepHint}
              checked={form.keepResults}
              onChange={(keepResults) => update({ keepResults })}
            />
          </fieldset>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary large">
            {t.start}
          </button>
        </div>
      </form>
    </section>
  );
}
