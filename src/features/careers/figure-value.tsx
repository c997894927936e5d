import type { Figure } from '../../domain';
import { NO_FIGURE } from './career-copy';

/** A BLS figure, always with its year and source; never a number without its year. */
export function FigureValue({ figure }: { figure: Figure | null }) {
  if (!figure) return <span className="muted">{NO_FIGURE}</span>;
  return (
    <>
      <span className="career-figure">{figure.label}</span>
      <span className="career-source">
        {figure.year} · {figure.source}
      </span>
    </>
  );
}
