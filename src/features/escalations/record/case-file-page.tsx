// Export the whole record for the agency's own case file: a print view of everything, and the same
// as an A4 PDF. Not anonymised, and the page says so first; every export is written to the audit.
import { useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { recordCaseFileExport } from '../../../data/escalations-repository';
import { describeMe, useMyService } from '../../../data/my-service-repository';
import { useNotificationsFor } from '../../../data/notifications-repository';
import type { IsoDateTime } from '../../../domain/calendar/iso-date';
import {
  buildCaseFile,
  CASE_FILE_NOTICE,
  type CaseFile,
  type CaseFileSection,
} from '../../../domain/escalation/case-file';
import { downloadFile } from '../../../ui/download';
import { usePageTitle } from '../../../ui/page-title';
import { ScrollRegion } from '../../../ui/scroll-region';
import type { OpenRecord } from './use-open-record';

function Section({ section }: { section: CaseFileSection }) {
  return (
    <section className="case-file__section">
      <h2>{section.heading}</h2>
      {section.empty && <p>{section.empty}</p>}
      {section.rows && (
        <dl className="summary-list">
          {section.rows.map(([label, value], index) => (
            <div key={`${label}-${index}`}>
              <dt>{label}</dt>
              <dd className="record-text">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {section.table && (
        <ScrollRegion label={section.heading}>
          <table className="table case-file__table">
            {/* Each column is as wide as its kind needs (record.css): sized by content, the narrow
              columns were squeezed until their words broke mid-word. */}
            <colgroup>
              {section.table.kinds.map((kind, index) => (
                <col key={index} className={`case-file__column--${kind}`} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {section.table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, cellIndex) => (
                    <td key={cellIndex} className="record-text">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/**
 * The record as printed: a document of its own, so its title is a first-level heading (on paper the
 * page's own heading and controls are hidden, and this is all there is).
 */
function PrintView({ file }: { file: CaseFile }) {
  return (
    <article className="case-file" aria-labelledby="case-file-title">
      <p className="case-file__marking">{file.marking}</p>
      <h1 id="case-file-title" className="case-file__title">
        {file.title}
      </h1>
      <p>
        {file.partnership}. Made {file.madeAt} by {file.madeBy}.
      </p>
      <p className="case-file__notice">
        <strong>{file.notice}</strong>
      </p>
      {file.sections.map((section) => (
        <Section key={section.heading} section={section} />
      ))}
      <p className="case-file__marking">{file.marking}</p>
    </article>
  );
}

export function CaseFilePage({ open }: { open: OpenRecord }) {
  usePageTitle('Export the record for your case file');
  const { record, pack } = open;
  const notifications = useNotificationsFor(record.escalation.id);
  const me = useMyService();
  const [status, setStatus] = useState('');
  const [madeAt] = useState(() => new Date().toISOString() as IsoDateTime);
  const printingFromButton = useRef(false);
  const escalationId = record.escalation.id;
  const by = me
    ? describeMe(me) || `${record.escalation.raisedBy.role}, ${record.escalation.raisedBy.agency}`
    : undefined;
  // The browser's own Print command prints the record too: note that in the audit trail as well.
  // A layout effect, so the listener is there from the commit that shows the page: with a passive
  // effect, a print (Ctrl+P) in the moment before it ran went unaudited.
  useLayoutEffect(() => {
    if (by === undefined) return;
    const onBeforePrint = () => {
      if (printingFromButton.current) return; // the button has noted it already
      void recordCaseFileExport({
        escalationId,
        at: new Date().toISOString() as IsoDateTime,
        how: 'print view printed',
        by,
      });
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, [escalationId, by]);
  if (notifications.kind !== 'ready' || by === undefined) {
    return <p role="status">Preparing the record…</p>;
  }
  const file = buildCaseFile({
    ...record,
    notifications: notifications.notifications,
    pack,
    madeAt,
    madeBy: by,
  });
  const audit = (how: 'PDF downloaded' | 'print view printed') =>
    recordCaseFileExport({
      escalationId: record.escalation.id,
      at: new Date().toISOString() as IsoDateTime,
      how,
      by,
    });
  const downloadPdf = async () => {
    setStatus('Making the PDF…');
    try {
      const { generateCaseFilePdf } = await import('../../../pdf/generate-case-file');
      const pdf = await generateCaseFilePdf(file);
      downloadFile(pdf, `${record.escalation.caseRef}-case-file.pdf`, 'application/pdf');
      await audit('PDF downloaded');
      setStatus('The PDF is downloaded, and the export is noted in the audit trail.');
    } catch {
      setStatus('The PDF could not be made. Try again, or use Print instead.');
    }
  };
  const print = async () => {
    await audit('print view printed');
    printingFromButton.current = true;
    try {
      window.print();
    } finally {
      printingFromButton.current = false;
    }
  };
  return (
    <div className="case-file-page">
      <p className="record-caption no-print">Escalation {record.escalation.caseRef}</p>
      <h1 className="no-print">Export the record for your case file</h1>
      <div className="banner banner--warning no-print" role="note">
        <p>
          <strong>{CASE_FILE_NOTICE}</strong>
        </p>
        <p>
          Each export is noted in the record’s audit trail. To send anything to the partnership, use
          the anonymised notification instead.
        </p>
      </div>
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => void downloadPdf()}>
          Download the PDF (not anonymised)
        </button>
        <button type="button" className="button button--secondary" onClick={() => void print()}>
          Print (not anonymised)
        </button>
        <Link to=".." className="record-back-link">
          Back to the record
        </Link>
      </div>
      <p role="status" className="no-print">
        {status}
      </p>
      <PrintView file={file} />
    </div>
  );
}
