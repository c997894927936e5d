export interface ProgressBarProps {
  value: number;
  max: number;
  label: string;
  /** Visible text, e.g. "Question 3 of 36". */
  text: string;
}

export function ProgressBar({ value, max, label, text }: ProgressBarProps) {
  const percent = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <div className="progress">
      <p className="progress-text">{text}</p>
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
