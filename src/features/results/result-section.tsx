import './result-section.css';
import type { ReactNode } from 'react';
import type { SectionId } from './use-open-sections';

export interface ResultSectionProps {
  id: SectionId;
  title: ReactNode;
  open: boolean;
  onToggle: (id: SectionId) => void;
  className?: string;
  children: ReactNode;
}

/**
 * One part of the result a student opens when they want it: a heading that is a disclosure
 * button (WAI-ARIA pattern), with its body always rendered so printing shows every section.
 */
export function ResultSection({
  id,
  title,
  open,
  onToggle,
  className,
  children,
}: ResultSectionProps) {
  const headingId = `${id}-title`;
  const bodyId = `${id}-body`;
  return (
    <section
      id={`section-${id}`}
      className={`result-section${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="section-heading">
        <button
          type="button"
          className="section-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => onToggle(id)}
        >
          <span>{title}</span>
          <svg className="section-chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </button>
      </h2>
      <div id={bodyId} className="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
