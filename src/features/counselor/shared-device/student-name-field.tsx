import { useId } from 'react';
import { useMessages } from '../../../i18n';
import { useDeviceSession } from './device-session';
import { sharedDeviceMessages } from './shared-device-messages';

/** The optional first name or initials, held in memory for this student only. */
export function StudentNameField() {
  const t = useMessages(sharedDeviceMessages);
  const name = useDeviceSession((state) => state.studentName);
  const setName = useDeviceSession((state) => state.setStudentName);
  const id = useId();
  return (
    <div className="panel student-name">
      <label htmlFor={`${id}-name`} className="field-label">
        {t.nameLabel}
      </label>
      <input
        id={`${id}-name`}
        className="text-input"
        type="text"
        autoComplete="off"
        maxLength={40}
        value={name}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setName(event.target.value)}
      />
      <p id={`${id}-hint`} className="muted field-hint">
        {t.nameHint}
      </p>
    </div>
  );
}
