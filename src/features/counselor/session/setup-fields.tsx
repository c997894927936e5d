import { useId } from 'react';

/** A labelled text (or PIN) field with an optional hint and error, both tied to the input. */
export function TextField(props: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  pin?: boolean;
  maxLength?: number;
  onChange(value: string): void;
}) {
  const id = useId();
  const described = [props.error ? `${id}-error` : '', props.hint ? `${id}-hint` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="session-field">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <input
        id={id}
        className={props.pin ? 'text-input pin-input' : 'text-input'}
        type={props.pin ? 'password' : 'text'}
        inputMode={props.pin ? 'numeric' : undefined}
        autoComplete={props.pin ? 'new-password' : 'off'}
        maxLength={props.pin ? 8 : props.maxLength}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.error ? (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      ) : null}
      {props.hint ? (
        <p id={`${id}-hint`} className="muted field-hint">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** A checkbox with its label beside it and an optional hint under both. */
export function CheckField(props: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="session-field check-field">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <p id={`${id}-hint`} className="muted field-hint">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}
