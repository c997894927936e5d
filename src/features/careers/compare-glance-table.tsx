import type { ReactNode } from 'react';
import type { CareerFacts } from '../../domain';
import { EDUCATION_LABELS, REMOTE_LABELS } from './career-copy';
import { FigureValue } from './figure-value';

const ROWS: readonly { label: string; cell: (facts: CareerFacts) => ReactNode }[] = [
  { label: 'What they do', cell: (facts) => facts.summary },
  {
    label: 'Typical education',
    cell: (facts) => (
      <>
        <strong>{EDUCATION_LABELS[facts.education.length]}.</strong> {facts.education.typical}
      </>
    ),
  },
  { label: 'Pay', cell: (facts) => <FigureValue figure={facts.pay} /> },
  { label: 'Job outlook', cell: (facts) => <FigureValue figure={facts.outlook} /> },
  { label: 'Where they work', cell: (facts) => facts.workplaces.join('; ') },
  {
    label: 'Working from home',
    cell: (facts) => (
      <>
        <strong>{REMOTE_LABELS[facts.remote.level]}.</strong> {facts.remote.note}
      </>
    ),
  },
];

/**
 * Two columns, one per career, with each fact's name as a header row above its pair of cells:
 * the careers stay side by side even on a phone.
 */
export function CompareGlanceTable({ a, b }: { a: CareerFacts; b: CareerFacts }) {
  return (
    <table className="career-table compare-table">
      <caption className="visually-hidden">
        {a.title} and {b.title} side by side
      </caption>
      <thead>
        <tr>
          <th scope="col">{a.title}</th>
          <th scope="col">{b.title}</th>
        </tr>
      </thead>
      {ROWS.map((row) => (
        <tbody key={row.label}>
          <tr>
            <th scope="rowgroup" colSpan={2} className="compare-row-label">
              {row.label}
            </th>
          </tr>
          <tr>
            <td>{row.cell(a)}</td>
            <td>{row.cell(b)}</td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}
