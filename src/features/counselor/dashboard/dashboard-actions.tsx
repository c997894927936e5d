import type { ClassSummary } from '../../../domain/class-summary';
import { CAREER_TITLES } from '../../../content/career-titles';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { useLocalized, useMessages } from '../../../i18n';
import { shareLinkFor } from '../../../lib/share-link';
import { useCounselorActions, useCounselorSettings } from '../../../store/counselor-hooks';
import { dashboardMessages } from './dashboard-messages';
import { csvFileName, csvRows, downloadCsv } from './export-csv';

/** The one group label shared by every row, if there is one. */
function commonGroup(summary: ClassSummary): string | null {
  const groups = new Set(summary.rows.map((r) => r.group));
  return groups.size === 1 ? ([...groups][0] ?? null) : null;
}

/** Export CSV, print and clear-all. */
export function DashboardActions({
  summary,
  onCleared,
}: {
  summary: ClassSummary;
  onCleared(): void;
}) {
  const t = useMessages(dashboardMessages);
  const titles = useLocalized(CAREER_TITLES);
  const settings = useCounselorSettings();
  const { clearAll } = useCounselorActions();
  const exportCsv = () => {
    const group = settings?.group || commonGroup(summary);
    downloadCsv(
      csvRows(summary.rows, t, titles, shareLinkFor),
      csvFileName(t.csvFile, group, new Date()),
    );
  };
  return (
    <div className="actions no-print">
      <button
        type="button"
        className="button primary"
        disabled={summary.count === 0}
        onClick={exportCsv}
      >
        {t.exportCsv}
      </button>
      <button
        type="button"
        className="button"
        disabled={summary.count === 0}
        onClick={() => window.print()}
      >
        {t.print}
      </button>
      <ConfirmButton
        label={t.clearAll}
        title={t.clearTitle}
        confirmLabel={t.clearConfirm}
        cancelLabel={t.cancel}
        onConfirm={() => {
          void clearAll().then((cleared) => cleared && onCleared());
        }}
      >
        <p>{t.clearBody}</p>
      </ConfirmButton>
    </div>
  );
}
