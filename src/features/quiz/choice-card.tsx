import { useEffect, useRef } from 'react';
import { LikertScale } from '../../components/ui/likert-scale';
import { mayMoveFocus } from '../../lib/embed';

export interface ChoiceCardProps {
  /** Used for the radio names and ids (`${id}-1` …). */
  id: string;
  prompt: string;
  text: string;
  labels: readonly string[];
  /** The chosen option, 1-based. */
  value: number | undefined;
  onChoose(choice: number): void;
  /** After a pointer tap, so the quiz can move on by itself. */
  onPick(choice: number): void;
}

/** One quiz step: its heading names the radio group and takes focus when the step appears. */
export function ChoiceCard({ id, prompt, text, labels, value, onChoose, onPick }: ChoiceCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `${id}-title`;
  useEffect(() => {
    if (mayMoveFocus()) heading.current?.focus({ preventScroll: false });
  }, [id]);
  return (
    <div className="question-card">
      <p className="question-prompt">{prompt}</p>
      <h1 id={headingId} ref={heading} tabIndex={-1} className="question-text">
        {text}
      </h1>
      <LikertScale
        name={id}
        labelledBy={headingId}
        labels={labels}
        value={value}
        onChange={onChoose}
        onPick={onPick}
      />
    </div>
  );
}
