import type { MouseEvent } from 'react';

export interface LikertScaleProps {
  name: string;
  labelledBy: string;
  labels: readonly string[];
  value: number | undefined;
  onChange(value: number): void;
  /** Called after a pointer click (not keyboard), so the quiz can move on by itself. */
  onPick?(value: number): void;
}

/** Five real radio buttons in a labelled radio group: arrow keys and Space work as usual. */
export function LikertScale({
  name,
  labelledBy,
  labels,
  value,
  onChange,
  onPick,
}: LikertScaleProps) {
  const handleClick = (event: MouseEvent<HTMLInputElement>, option: number) => {
    // detail is 0 for clicks synthesized by the keyboard (Space, arrows).
    if (event.detail > 0) onPick?.(option);
  };
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} className="likert">
      {labels.map((label, index) => {
        const option = index + 1;
        const id = `${name}-${option}`;
        return (
          <label key={id} htmlFor={id} className="likert-option">
            <input
              id={id}
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              onClick={(event) => handleClick(event, option)}
            />
            <span className="likert-key" aria-hidden="true">
              {option}
            </span>
            <span className="likert-label">{label}</span>
          </label>
        );
      })}
    </div>
  );
}
