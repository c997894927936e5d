import { useEffect, useRef } from 'react';
import { mayMoveFocus } from '../../lib/embed';
import type { LikertValue, Question } from '../../domain';
import { SCALES } from '../../content/scales';
import { LikertScale } from '../../components/ui/likert-scale';

export interface QuestionCardProps {
  question: Question;
  value: LikertValue | undefined;
  onAnswer(value: number): void;
  onPick(value: number): void;
}

/** One question: its heading names the radio group and takes focus when it appears. */
export function QuestionCard({ question, value, onAnswer, onPick }: QuestionCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const scale = SCALES[question.kind];
  const headingId = `${question.id}-title`;
  useEffect(() => {
    if (mayMoveFocus()) heading.current?.focus({ preventScroll: false });
  }, [question.id]);
  return (
    <div className="question-card">
      <p className="question-prompt" id={`${question.id}-prompt`}>
        {scale.prompt}
      </p>
      <h1 id={headingId} ref={heading} tabIndex={-1} className="question-text">
        {question.text}
      </h1>
      <LikertScale
        name={question.id}
        labelledBy={headingId}
        labels={scale.labels}
        value={value}
        onChange={onAnswer}
        onPick={onPick}
      />
    </div>
  );
}
