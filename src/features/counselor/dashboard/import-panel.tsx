import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useMessages } from '../../../i18n';
import { dashboardMessages } from './dashboard-messages';
import { ImportReportView } from './import-report';
import { useImport, type ImportReport } from './use-import';

/** Paste box and CSV file input; the report of the last import below them. */
export function ImportPanel() {
  const t = useMessages(dashboardMessages);
  const id = useId();
  const { importText, importCsv } = useImport();
  const [text, setText] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [fileError, setFileError] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reportHeading = useRef<HTMLHeadingElement>(null);

  const show = (next: ImportReport) => {
    setReport(next);
    setFileError(false);
  };
  // Focus moves to each new report so keyboard and screen reader users hear what happened.
  useEffect(() => {
    if (report) reportHeading.current?.focus();
  }, [report]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const next = await importText(text).finally(() => setBusy(false));
    if (next.bad.length === 0 && next.problem === null) setText('');
    show(next);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFileName(file.name);
    try {
      setBusy(true);
      show(await importCsv(await file.text()).finally(() => setBusy(false)));
    } catch {
      setReport(null);
      setFileError(true);
    }
  };

  return (
    <section className="panel counselor-import no-print" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.importHeading}</h2>
      <form onSubmit={(event) => void submit(event)}>
        <label className="field-label" htmlFor={`${id}-paste`}>
          {t.pasteLabel}
        </label>
        <p className="muted" id={`${id}-paste-hint`}>
          {t.pasteHint}
        </p>
        <textarea
          id={`${id}-paste`}
          className="text-input counselor-paste"
          rows={5}
          value={text}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-describedby={`${id}-paste-hint`}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button primary" disabled={!text.trim() || busy}>
            {t.pasteButton}
          </button>
        </div>
      </form>
      <div className="counselor-file" role="group" aria-labelledby={`${id}-csv-title`}>
        <p className="field-label" id={`${id}-csv-title`}>
          {t.csvTitle}
        </p>
        <p className="muted" id={`${id}-csv-hint`}>
          {t.csvHint}
        </p>
        {/* The browser's own file button speaks the browser's language; this one speaks the app's. */}
        <div className="file-picker">
          <input
            id={`${id}-csv`}
            className="file-input"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${id}-csv-hint`}
            disabled={busy}
            onChange={(event) => void chooseFile(event)}
          />
          <label className="button" htmlFor={`${id}-csv`}>
            {t.csvButton}
          </label>
          {fileName && <span className="muted">{t.csvChosen(fileName)}</span>}
        </div>
        {fileError && (
          <p className="counselor-error" role="alert">
            {t.csvReadError}
          </p>
        )}
      </div>
      {report && <ImportReportView report={report} headingRef={reportHeading} />}
    </section>
  );
}
