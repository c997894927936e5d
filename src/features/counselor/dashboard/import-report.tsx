import { useId, type Ref } from 'react';
import { useFormat, useMessages } from '../../../i18n';
import { dashboardMessages } from './dashboard-messages';
import { sizeText } from '../../../lib/storage-room';
import type { ImportReport } from './use-import';

/** What the last import added, skipped and could not read, with a reason for each bad code. */
export function ImportReportView({
  report,
  headingRef,
}: {
  report: ImportReport;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const t = useMessages(dashboardMessages);
  const { number } = useFormat();
  const id = useId();
  const nothing = report.added === 0 && report.duplicates === 0 && report.bad.length === 0;
  const { problem } = report;
  const size = (bytes: number) => sizeText(bytes, number);
  return (
    <div className="counselor-report" aria-labelledby={`${id}-h`} role="region">
      <h3 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        {t.reportHeading}
      </h3>
      {problem && (
        <p className="counselor-error" role="alert">
          {problem.kind === 'no-room'
            ? t.reportNoRoom(size(problem.needed), size(problem.free))
            : t.reportNotSaved}
        </p>
      )}
      {nothing && !problem ? (
        <p>{t.reportNothing}</p>
      ) : (
        <ul>
          <li>{t.reportAdded(number(report.added))}</li>
          <li>{t.reportDuplicates(number(report.duplicates))}</li>
          <li>{t.reportBad(number(report.bad.length))}</li>
        </ul>
      )}
      {report.duplicates > 0 && <p className="muted">{t.duplicatesHint}</p>}
      {report.bad.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-h`}>
          <table className="counselor-table">
            <caption className="visually-hidden">{t.reportBad(number(report.bad.length))}</caption>
            <thead>
              <tr>
                <th scope="col">{t.badInput}</th>
                <th scope="col">{t.badReason}</th>
              </tr>
            </thead>
            <tbody>
              {report.bad.map((bad, index) => (
                <tr key={`${index}-${bad.input}`}>
                  <td className="counselor-code">{bad.input}</td>
                  <td>{t[`reason-${bad.reason}`]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">{t.reportKept}</p>
    </div>
  );
}
