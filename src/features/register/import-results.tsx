// What happened to each file of an import, in plain words, announced to screen readers.
import { useLayoutEffect, useRef } from 'react';
import type { FileImportResult } from '../../data/register-repository';
import { packetRefusalMessages } from '../../domain/register/notification-packet';

function describe(result: FileImportResult): string {
  switch (result.outcome) {
    case 'imported':
      return `Imported: ${result.caseRef} added to the register.`;
    case 'updated':
      return `Imported: a newer version of ${result.caseRef} replaced the one in the register. Your own notes on it are kept.`;
    case 'duplicate':
      return `Not imported: ${result.caseRef} is already in the register from this very file. Nothing changed.`;
    case 'older':
      return `Not imported: the register already has a newer version of ${result.caseRef}. Nothing changed.`;
    case 'refused':
      return result.refusal === 'unreadable'
        ? 'Not imported: this device could not read the file. Try choosing it again.'
        : `Not imported. ${packetRefusalMessages[result.refusal]}`;
  }
}

export interface ImportReport {
  readonly files: readonly FileImportResult[];
  /**
   * Once a spreadsheet's rows are imported: how many, in one sentence ("old.csv – 6 of 7 rows
   * imported."). Showing it moves focus to it.
   */
  readonly spreadsheetSummary?: string;
  /** Lines about a spreadsheet import, each already in plain words. */
  readonly spreadsheet: readonly string[];
}

export function ImportResults({ report }: { report: ImportReport }) {
  const imported = report.files.filter(
    (result) => result.outcome === 'imported' || result.outcome === 'updated',
  ).length;
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  // Importing a spreadsheet's rows removes the column-matching form, whose Import button had focus:
  // focus went to the page itself, which a screen reader does not read, and the page stayed
  // scrolled to where the tall form had been. The sentence saying how many rows were imported
  // takes focus instead (so it is read), with the results from their heading in view. Each import
  // makes a new report; one of PDFs alone leaves focus on the file box the user chose them with.
  // A layout effect, as in ErrorSummary: focus moves in the same commit as the form goes.
  useLayoutEffect(() => {
    if (!report.spreadsheetSummary) return;
    summary.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [report]);
  return (
    <section aria-labelledby="import-results-heading" className="register-results">
      <h2 id="import-results-heading" ref={heading} tabIndex={-1}>
        Import results
      </h2>
      {report.files.length > 0 && (
        <p role="status">
          {imported} of {report.files.length} {report.files.length === 1 ? 'file' : 'files'}{' '}
          imported.
        </p>
      )}
      {report.spreadsheetSummary && (
        <p role="status" tabIndex={-1} ref={summary}>
          {report.spreadsheetSummary}
        </p>
      )}
      <ul className="register-results__list">
        {report.files.map((result, index) => (
          <li
            key={`${result.name}-${index}`}
            className={result.outcome === 'refused' ? 'register-results__refused' : undefined}
          >
            <strong>{result.name}</strong> – {describe(result)}
          </li>
        ))}
        {report.spreadsheet.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
