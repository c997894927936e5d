import { memo, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { CAREER_IDS } from '../../../domain';
import type { ClassSummary, StudentRow } from '../../../domain/class-summary';
import { CAREER_TITLES } from '../../../content/career-titles';
import { useFormat, useLocale, useLocalized, useMessages } from '../../../i18n';
import { INTL_LOCALE } from '../../../domain/locale';
import { useCounselorActions } from '../../../store/counselor-hooks';
import { dashboardMessages } from './dashboard-messages';
import { visibleRows, type Filters, type Sort, type SortColumn } from './student-rows';

const COLUMNS: readonly SortColumn[] = ['name', 'recommendation', 'confidence', 'group'];
// A page of rows keeps sorting and filtering quick with a thousand students; printing shows all.
export const PAGE_SIZE = 100;

/** Every collected student: sortable by column, filterable, each removable. */
export function StudentList({ summary }: { summary: ClassSummary }) {
  const t = useMessages(dashboardMessages);
  const titles = useLocalized(CAREER_TITLES);
  const locale = useLocale();
  const { number, percent } = useFormat();
  const { removeResult } = useCounselorActions();
  const id = useId();
  const [sort, setSort] = useState<Sort>({ column: 'name', direction: 'ascending' });
  const [filters, setFilters] = useState<Filters>({ text: '', recommendation: '', confidence: '' });
  const [removed, setRemoved] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => {
    const showAll = () => flushSync(() => setLimit(Infinity));
    window.addEventListener('beforeprint', showAll);
    return () => window.removeEventListener('beforeprint', showAll);
  }, []);
  const collator = useMemo(
    () => new Intl.Collator(INTL_LOCALE[locale], { sensitivity: 'base', numeric: true }),
    [locale],
  );
  const rows = useMemo(
    () => visibleRows(summary.rows, filters, sort, titles, collator),
    [summary.rows, filters, sort, titles, collator],
  );
  // Fits are whole percentages: format each of the 101 values once, not 3,000 times.
  const fits = useMemo(() => Array.from({ length: 101 }, (_, i) => percent(i)), [percent]);
  const remove = useCallback(
    (id: string, who: string) => {
      void removeResult(id).then((gone) => setRemoved(gone ? t.removed(who) : t.notRemoved(who)));
    },
    [removeResult, t],
  );
  const heading: Record<SortColumn, string> = {
    name: t.name,
    recommendation: t.topThree,
    confidence: t.confidence,
    group: t.group,
  };
  const toggle = (column: SortColumn) =>
    setSort((s) => ({
      column,
      direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <section className="panel counselor-students" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.listHeading}</h2>
      <div className="counselor-filters no-print">
        <div>
          <label className="field-label" htmlFor={`${id}-text`}>
            {t.filterLabel}
          </label>
          <input
            id={`${id}-text`}
            className="text-input"
            type="search"
            value={filters.text}
            onChange={(e) => setFilters((f) => ({ ...f, text: e.target.value }))}
          />
        </div>
        <div>
          <label className="field-label" htmlFor={`${id}-rec`}>
            {t.recFilterLabel}
          </label>
          <select
            id={`${id}-rec`}
            className="text-input"
            value={filters.recommendation}
            onChange={(e) =>
              setFilters((f) => ({
                ...f,
                recommendation: e.target.value as Filters['recommendation'],
              }))
            }
          >
            <option value="">{t.any}</option>
            {CAREER_IDS.map((careerId) => (
              <option key={careerId} value={careerId}>
                {titles[careerId]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="field-label" htmlFor={`${id}-conf`}>
            {t.confFilterLabel}
          </label>
          <select
            id={`${id}-conf`}
            className="text-input"
            value={filters.confidence}
            onChange={(e) =>
              setFilters((f) => ({ ...f, confidence: e.target.value as Filters['confidence'] }))
            }
          >
            <option value="">{t.any}</option>
            <option value="low">{t['confidence-low']}</option>
            <option value="medium">{t['confidence-medium']}</option>
            <option value="high">{t['confidence-high']}</option>
          </select>
        </div>
      </div>
      <p className="muted" role="status">
        {t.showing(number(Math.min(limit, rows.length)), number(summary.rows.length))}
      </p>
      <p className="visually-hidden" role="status">
        {removed}
      </p>
      {rows.length === 0 ? (
        <p>{t.noMatches}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-h`}>
          <table className="counselor-table counselor-list" aria-labelledby={`${id}-h`}>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th
                    key={column}
                    scope="col"
                    aria-sort={sort.column === column ? sort.direction : undefined}
                  >
                    <button
                      type="button"
                      className="counselor-sort"
                      data-column={column}
                      onClick={() => toggle(column)}
                    >
                      {heading[column]}
                      <span aria-hidden="true" className="counselor-sort-mark">
                        {sort.column !== column ? '↕' : sort.direction === 'ascending' ? '▲' : '▼'}
                      </span>
                    </button>
                  </th>
                ))}
                <th scope="col" className="no-print">
                  {t.actions}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, limit).map((row) => (
                <StudentLine key={row.id} row={row} fits={fits} onRemove={remove} />
              ))}
            </tbody>
          </table>
          {rows.length > limit && (
            <div className="actions no-print">
              <button
                type="button"
                className="button"
                onClick={() => setLimit((l) => l + PAGE_SIZE)}
              >
                {t.showMore(number(Math.min(PAGE_SIZE, rows.length - limit)))}
              </button>
              <button type="button" className="button" onClick={() => setLimit(Infinity)}>
                {t.showAll(number(rows.length))}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

interface StudentLineProps {
  row: StudentRow;
  /** Each whole percentage 0–100, formatted. */
  fits: readonly string[];
  onRemove(code: string, who: string): void;
}

/** One student; memoized so sorting and filtering only move rows instead of redrawing them. */
const StudentLine = memo(function StudentLine({ row, fits, onRemove }: StudentLineProps) {
  const t = useMessages(dashboardMessages);
  const titles = useLocalized(CAREER_TITLES);
  const who = row.name ?? t.noName;
  return (
    <tr>
      <th scope="row">{who}</th>
      <td>
        <ol className="counselor-top">
          {row.top.map((f) => (
            <li key={f.careerId}>{t.fitOf(titles[f.careerId], fits[Math.round(f.fit)] ?? '')}</li>
          ))}
        </ol>
      </td>
      <td>{t[`confidence-${row.confidence}`]}</td>
      <td>{row.group ?? t.noGroup}</td>
      <td className="no-print">
        <button
          type="button"
          className="button small"
          aria-label={t.removeLabel(who)}
          onClick={() => onRemove(row.id, who)}
        >
          {t.remove}
        </button>
      </td>
    </tr>
  );
});
