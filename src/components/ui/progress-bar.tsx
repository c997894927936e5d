export interface ProgressBarProps {
  value: number;
  max: number;
  label: string;
  /** Visible text, e.g. "Question 3 of 36". */
  text: string;
}

/**
 * A progress bar whose visible text is a polite live region: it stays mounted while the value
 * changes, so screen readers hear "Question 4 of 37" once per step, after the new heading,
 * and nothing when the page re-renders with the same text.
 */
export function ProgressBar({ value, max, label, text }: ProgressBarProps) {
  const percent = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <div className="progress">
      <p className="progress-text" aria-live="polite" aria-atomic="true">
        {text}
      </p>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
