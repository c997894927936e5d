import { useId, type ReactNode } from 'react';

interface FieldProps<T> {
  label: string;
  hint?: ReactNode;
  value: T;
  onChange: (value: T) => void;
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="muted builder-hint">
      {children}
    </p>
  );
}

/** Label above, control, hint below: the ids that tie them together come from one place. */
function StackedField({
  label,
  hint,
  children,
  after,
}: {
  label: string;
  hint?: ReactNode;
  children: (id: string, describedBy: string | undefined) => ReactNode;
  after?: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="builder-field">
      <label htmlFor={id} className="builder-label">
        {label}
      </label>
      {children(id, hint ? `${id}-hint` : undefined)}
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {after?.(id)}
    </div>
  );
}

export function TextField({
  label,
  hint,
  value,
  onChange,
  max,
}: FieldProps<string> & { max: number }) {
  return (
    <StackedField label={label} hint={hint}>
      {(id, describedBy) => (
        <>
          <input
            id={id}
            type="text"
            value={value}
            maxLength={max}
            autoComplete="off"
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.value)}
          />
        </>
      )}
    </StackedField>
  );
}

export function CheckField({ label, hint, value, onChange }: FieldProps<boolean>) {
  const id = useId();
  return (
    <div className="builder-field builder-check">
      <input
        id={id}
        type="checkbox"
        checked={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div>
        <label htmlFor={id} className="builder-label">
          {label}
        </label>
        {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      </div>
    </div>
  );
}

export function AccentField({
  label,
  hint,
  value,
  onChange,
  warning,
}: FieldProps<string> & { warning?: ReactNode }) {
  return (
    <StackedField
      label={label}
      hint={hint}
      after={(id) => (
        // Announced as it appears: the colour picker gives no other sign that it was adjusted.
        <div role="status">
          {warning ? (
            <p id={`${id}-warning`} className="builder-warning">
              {warning}
            </p>
          ) : null}
        </div>
      )}
    >
      {(id, describedBy) => (
        <>
          <div className="builder-accent">
            <input
              id={id}
              type="color"
              value={value}
              aria-describedby={[`${id}-value`, describedBy, warning ? `${id}-warning` : null]
                .filter(Boolean)
                .join(' ')}
              onChange={(event) => onChange(event.target.value.toLowerCase())}
            />
            <output id={`${id}-value`} htmlFor={id} className="builder-hex">
              {value}
            </output>
          </div>
        </>
      )}
    </StackedField>
  );
}

export function SelectField<T extends string>({
  label,
  hint,
  value,
  onChange,
  choices,
}: FieldProps<T> & { choices: readonly { value: T; label: string }[] }) {
  return (
    <StackedField label={label} hint={hint}>
      {(id, describedBy) => (
        <>
          <select
            id={id}
            value={value}
            aria-describedby={describedBy}
            onChange={(event) => {
              const choice = choices.find((c) => c.value === event.target.value);
              if (choice) onChange(choice.value);
            }}
          >
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </>
      )}
    </StackedField>
  );
}

export function NumberField({
  label,
  hint,
  value,
  onChange,
  min,
  max,
}: FieldProps<number> & { min: number; max: number }) {
  return (
    <StackedField label={label} hint={hint}>
      {(id, describedBy) => (
        <>
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={10}
            value={Number.isFinite(value) ? value : ''}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.valueAsNumber)}
          />
        </>
      )}
    </StackedField>
  );
}
