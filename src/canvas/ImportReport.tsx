// The import report: what an opened AIF (or other foreign) file became, and each approximation, with its place in the file.
import { useSyncExternalStore } from 'react';
import { useMapStore } from '../state/useMapStore.ts';
import { importReport, showImportReport, subscribeToImportReport } from './importReportStore.ts';
import './ImportReport.css';

export function ImportReport() {
  const report = useSyncExternalStore(subscribeToImportReport, importReport);
  const session = useMapStore((s) => s.session);
  if (!report || report.session !== session) return null;
  const count = report.notes.length === 1 ? '1 note' : `${report.notes.length} notes`;
  return (
    <section className="import-report" role="region" aria-labelledby="import-report-title">
      <div className="import-report__head">
        <h2 id="import-report-title" className="import-report__title">
          Imported {report.fileName} as a new map, {report.mapName} (not saved yet)
        </h2>
        <button type="button" className="button button--quiet" onClick={() => showImportReport(null)}>
          Close report
        </button>
      </div>
      {report.notes.length === 0 ? (
        <p className="import-report__summary">Everything in the file came in as it was; nothing was approximated.</p>
      ) : (
        <>
          <p className="import-report__summary">What was approximated or left out ({count}):</p>
          <ul className="import-report__list">
            {report.notes.map((note, i) => (
              <li key={i}>
                <code>{note.where}</code>: {note.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
