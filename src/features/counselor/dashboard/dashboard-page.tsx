import '../counselor.css';
import './dashboard.css';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useFormat, useMessages } from '../../../i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  useCounselorRecordsReady,
  useCounselorRestoreProblem,
} from '../../../store/counselor-hooks';
import { dashboardMessages } from './dashboard-messages';
import { DashboardActions } from './dashboard-actions';
import { GroupSummary } from './group-summary';
import { ImportPanel } from './import-panel';
import { SealedPanel } from './sealed-panel';
import { StoragePanel } from './storage-panel';
import { StudentList } from './student-list';
import { useClassSummary } from './use-class-summary';

/** #/counselor/dashboard: collect result codes, see the group, export, print. */
export function DashboardPage() {
  const t = useMessages(dashboardMessages);
  const { date } = useFormat();
  const summary = useClassSummary();
  const problem = useCounselorRestoreProblem();
  const [cleared, setCleared] = useState(false);
  const loading = !useCounselorRecordsReady();
  useDocumentTitle(t.title);
  return (
    <div className="counselor-page counselor-dashboard">
      <header className="counselor-head">
        <h1>{t.heading}</h1>
        <p className="lead no-print">{t.intro}</p>
        <p className="print-only">{t.printedOn(date(new Date()))}</p>
        <nav className="actions no-print" aria-label={t.heading}>
          <Link to="/counselor">{t.backHome}</Link>
          <Link to="/counselor/guide">{t.guideLink}</Link>
        </nav>
      </header>
      {problem === 'unreadable' && (
        <p className="notice no-print" role="note">
          {t.unreadable}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {cleared && summary.count === 0 ? t.cleared : ''}
      </p>
      <SealedPanel />
      <ImportPanel />
      <StoragePanel />
      {loading ? (
        <section className="panel">
          <p role="status">{t.loading}</p>
        </section>
      ) : summary.count === 0 ? (
        <section className="panel">
          <p>{t.empty}</p>
          <DashboardActions summary={summary} onCleared={() => setCleared(true)} />
        </section>
      ) : (
        <>
          <DashboardActions summary={summary} onCleared={() => setCleared(true)} />
          <GroupSummary summary={summary} />
          <StudentList summary={summary} />
        </>
      )}
    </div>
  );
}
