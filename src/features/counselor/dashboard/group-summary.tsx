import { useId, useState } from 'react';
import type { ClassSummary } from '../../../domain/class-summary';
import { CAREER_TITLES } from '../../../content/career-titles';
import { TRAIT_COPY_BY_LOCALE } from '../../../content/trait-copy';
import { useFormat, useLocalized, useMessages } from '../../../i18n';
import { dashboardMessages } from './dashboard-messages';

/** Count, low-confidence count, recommendation chart (or table) and trait averages. */
export function GroupSummary({ summary }: { summary: ClassSummary }) {
  const t = useMessages(dashboardMessages);
  const { number } = useFormat();
  const id = useId();
  return (
    <section className="panel counselor-summary" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.summaryHeading}</h2>
      <p className="counselor-stats">
        <strong>{t.students(number(summary.count))}</strong>
        <span>{t.lowConfidence(number(summary.lowConfidence))}</span>
      </p>
      {summary.lowConfidence > 0 && <p className="muted">{t.lowConfidenceHint}</p>}
      <RecommendationChart summary={summary} />
      <TraitTable summary={summary} />
    </section>
  );
}

function RecommendationChart({ summary }: { summary: ClassSummary }) {
  const t = useMessages(dashboardMessages);
  const titles = useLocalized(CAREER_TITLES);
  const { number } = useFormat();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const max = Math.max(1, ...summary.recommendations.map((r) => r.count));
  const rows = [...summary.recommendations].sort((a, b) => b.count - a.count);
  return (
    <div className="counselor-chart">
      <h3 id={`${id}-h`}>{t.chartHeading}</h3>
      <p className="muted" id={`${id}-c`}>
        {t.chartCaption}
      </p>
      <button
        type="button"
        className="button small no-print"
        aria-pressed={asTable}
        onClick={() => setAsTable((v) => !v)}
      >
        {asTable ? t.chartShowChart : t.chartShowTable}
      </button>
      {asTable ? (
        <table className="counselor-table">
          <caption>{t.chartCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.career}</th>
              <th scope="col">{t.count}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.careerId}>
                <th scope="row">{titles[r.careerId]}</th>
                <td>{number(r.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <ul className="counselor-bars" aria-labelledby={`${id}-h`} aria-describedby={`${id}-c`}>
          {rows.map((r) => (
            <li key={r.careerId}>
              <span className="counselor-bar-label">{titles[r.careerId]}</span>
              <span className="counselor-bar-track" aria-hidden="true">
                <span className="counselor-bar" style={{ width: `${(r.count / max) * 100}%` }} />
              </span>
              <span className="counselor-bar-value">{number(r.count)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function TraitTable({ summary }: { summary: ClassSummary }) {
  const t = useMessages(dashboardMessages);
  const traits = useLocalized(TRAIT_COPY_BY_LOCALE);
  const { number } = useFormat();
  const id = useId();
  if (summary.count === 0) return null;
  return (
    // Focusable so keyboard users can scroll the table sideways on a narrow screen.
    <div className="table-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.traitsHeading}</h3>
      <table className="counselor-table counselor-traits">
        <caption className="muted">{t.traitsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.trait}</th>
            <th scope="col">{t.mean}</th>
            <th scope="col">{t.spread}</th>
          </tr>
        </thead>
        <tbody>
          {summary.traits.map((trait) => (
            <tr key={trait.trait}>
              <th scope="row">{traits[trait.trait].label}</th>
              <td>
                <span className="counselor-mean">
                  <span className="counselor-bar-track" aria-hidden="true">
                    <span className="counselor-bar" style={{ width: `${trait.mean}%` }} />
                  </span>
                  {number(trait.mean)}
                </span>
              </td>
              <td>{`± ${number(trait.sd)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
