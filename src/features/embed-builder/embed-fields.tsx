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

export function TextField({
  label,
  hint,
  value,
  onChange,
  max,
}: FieldProps<string> & { max: number }) {
  const id = useId();
  return (
    <div className="builder-field">
      <label htmlFor={id} className="builder-label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={max}
        autoComplete="off"
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
    </div>
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

export function AccentField({ label, hint, value, onChange }: FieldProps<string>) {
  const id = useId();
  return (
    <div className="builder-field">
      <label htmlFor={id} className="builder-label">
        {label}
      </label>
      <div className="builder-accent">
        <input
          id={id}
          type="color"
          value={value}
          aria-describedby={`${id}-value${hint ? ` ${id}-hint` : ''}`}
          onChange={(event) => onChange(event.target.value.toLowerCase())}
        />
        <output id={`${id}-value`} htmlFor={id} className="builder-hex">
          {value}
        </output>
      </div>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  hint,
  value,
  onChange,
  choices,
}: FieldProps<T> & { choices: readonly { value: T; label: string }[] }) {
  const id = useId();
  return (
    <div className="builder-field">
      <label htmlFor={id} className="builder-label">
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
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
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
    </div>
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
  const id = useId();
  return (
    <div className="builder-field">
      <label htmlFor={id} className="builder-label">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={10}
        value={Number.isFinite(value) ? value : ''}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.valueAsNumber)}
      />
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
    </div>
  );
}
