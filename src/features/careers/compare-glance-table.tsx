import type { ReactNode } from 'react';
import type { CareerFacts } from '../../domain';
import { useLocalized, useMessages } from '../../i18n';
import { CAREER_COPY, type CareerCopy } from './career-copy';
import { compareMessages } from './compare-messages';
import { FigureValue } from './figure-value';

type CompareTexts = (typeof compareMessages)['en'];

interface Row {
  label: (t: CompareTexts) => string;
  cell: (facts: CareerFacts, copy: CareerCopy) => ReactNode;
}

const ROWS: readonly Row[] = [
  { label: (t) => t.rowDuties, cell: (facts) => facts.summary },
  {
    label: (t) => t.rowEducation,
    cell: (facts, copy) => (
      <>
        <strong>{copy.education[facts.education.length]}.</strong> {facts.education.typical}
      </>
    ),
  },
  { label: (t) => t.rowPay, cell: (facts) => <FigureValue id={facts.id} kind="pay" /> },
  { label: (t) => t.rowOutlook, cell: (facts) => <FigureValue id={facts.id} kind="outlook" /> },
  { label: (t) => t.rowWorkplaces, cell: (facts) => facts.workplaces.join('; ') },
  {
    label: (t) => t.rowRemote,
    cell: (facts, copy) => (
      <>
        <strong>{copy.remote[facts.remote.level]}.</strong> {facts.remote.note}
      </>
    ),
  },
];

/**
 * Two columns, one per career, with each fact's name as a header row above its pair of cells:
 * the careers stay side by side even on a phone.
 */
export function CompareGlanceTable({ a, b }: { a: CareerFacts; b: CareerFacts }) {
  const t = useMessages(compareMessages);
  const copy = useLocalized(CAREER_COPY);
  return (
    <table className="career-table compare-table">
      <caption className="visually-hidden">{t.glanceCaption(a.title, b.title)}</caption>
      <thead>
        <tr>
          <th scope="col">{a.title}</th>
          <th scope="col">{b.title}</th>
        </tr>
      </thead>
      {ROWS.map((row) => (
        <tbody key={row.label(t)}>
          <tr>
            <th scope="rowgroup" colSpan={2} className="compare-row-label">
              {row.label(t)}
            </th>
          </tr>
          <tr>
            <td>{row.cell(a, copy)}</td>
            <td>{row.cell(b, copy)}</td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}
