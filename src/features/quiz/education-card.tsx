import { useEffect, useRef } from 'react';
import { mayMoveFocus } from '../../lib/embed';
import { EDUCATION_QUESTION } from '../../content/education-question';
import { LikertScale } from '../../components/ui/likert-scale';

const LABELS = EDUCATION_QUESTION.options.map((o) => o.label);

export interface EducationCardProps {
  /** The chosen option, 1-based. */
  value: number | undefined;
  onChoose(choice: number): void;
  onPick(choice: number): void;
}

/** The last step: how long the student wants to study, as one more radio group. */
export function EducationCard({ value, onChoose, onPick }: EducationCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `${EDUCATION_QUESTION.id}-title`;
  useEffect(() => {
    if (mayMoveFocus()) heading.current?.focus();
  }, []);
  return (
    <div className="question-card">
      <p className="question-prompt">{EDUCATION_QUESTION.prompt}</p>
      <h1 id={headingId} ref={heading} tabIndex={-1} className="question-text">
        {EDUCATION_QUESTION.text}
      </h1>
      <LikertScale
        name={EDUCATION_QUESTION.id}
        labelledBy={headingId}
        labels={LABELS}
        value={value}
        onChange={onChoose}
        onPick={onPick}
      />
    </div>
  );
}
