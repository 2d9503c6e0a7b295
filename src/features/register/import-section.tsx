// Import: many notification PDFs at once (file picker or drag and drop), or a CSV from an existing
// spreadsheet after matching its columns. Each file is imported or refused on its own.
import { useRef, useState } from 'react';
import { isoDateTime } from '../../domain/calendar/iso-date';
import { londonDateOf } from '../../domain/calendar/london-time';
import { parseCsv } from '../../domain/register/csv';
import {
  entriesFromSpreadsheet,
  type ColumnMapping,
} from '../../domain/register/spreadsheet-import';
import {
  importNotificationFiles,
  importSpreadsheetEntries,
  type ChosenFile,
} from '../../data/register-repository';
import { readSetting, writeSetting } from '../../data/settings-repository';
import {
  SPREADSHEET_MAPPING_SETTING,
  type SavedSpreadsheetMapping,
} from '../../domain/settings/setting-schemas';
import { CsvMappingForm } from './csv-mapping-form';
import { ImportResults, type ImportReport } from './import-results';

interface PendingCsv {
  fileName: string;
  header: string[];
  rows: string[][];
  initial: ColumnMapping | null;
}

function chosen(file: File): ChosenFile {
  return {
    name: file.name,
    size: file.size,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

const isCsv = (file: File) => /\.csv$/i.test(file.name) || file.type === 'text/csv';

function now() {
  const at = isoDateTime(new Date().toISOString());
  return { at, today: londonDateOf(at) };
}

/** Whether there is anything to report: a spreadsheet waiting for its columns has nothing yet. */
function hasResults(report: ImportReport): boolean {
  return (
    report.files.length > 0 ||
    report.spreadsheetSummary !== undefined ||
    report.spreadsheet.length > 0
  );
}

export function ImportSection() {
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [pending, setPending] = useState<PendingCsv | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function importFiles(list: readonly File[]) {
    if (list.length === 0) return;
    setBusy(true);
    const { at, today } = now();
    const csvs = list.filter(isCsv);
    const pdfs = list.filter((file) => !isCsv(file));
    const files = await importNotificationFiles(pdfs.map(chosen), today, at);
    const spreadsheet = csvs
      .slice(1)
      .map(
        (file) =>
          `${file.name} – Not imported: import one spreadsheet at a time. Choose it again after this one.`,
      );
    const [csv] = csvs;
    if (csv) {
      const parsed = parseCsv(await csv.text());
      if (!parsed.ok || parsed.rows.length < 2) {
        spreadsheet.unshift(
          `${csv.name} – Not imported: ${parsed.ok ? 'it has no rows under its headings' : 'a quoted cell is never closed, so the file is damaged'}. Export the spreadsheet as CSV again and choose the new file.`,
        );
      } else {
        const [header = [], ...rows] = parsed.rows;
        const saved = await readSetting<SavedSpreadsheetMapping | null>(
          SPREADSHEET_MAPPING_SETTING,
          null,
        );
        const same = saved && JSON.stringify(saved.header) === JSON.stringify(header);
        setPending({ fileName: csv.name, header, rows, initial: same ? saved.mapping : null });
      }
    }
    setReport({ files, spreadsheet });
    setBusy(false);
  }

  async function importCsv(csv: PendingCsv, mapping: ColumnMapping) {
    setBusy(true);
    await writeSetting<SavedSpreadsheetMapping>(SPREADSHEET_MAPPING_SETTING, {
      header: csv.header,
      mapping,
    });
    const results = entriesFromSpreadsheet(csv.rows, mapping, () => crypto.randomUUID());
    const entries = results.flatMap((result) => (result.ok ? [result.entry] : []));
    const { added, alreadyInRegister } = await importSpreadsheetEntries(entries, now().at);
    const lines = [
      ...results.flatMap((result) => {
        if (!result.ok) return [result.reason];
        const imported = !alreadyInRegister.includes(result.entry.caseRef);
        return result.note && imported ? [result.note] : [];
      }),
      ...alreadyInRegister.map(
        (caseRef) =>
          `${caseRef} is already in the register, so its row was not imported. Nothing changed.`,
      ),
    ];
    setPending(null);
    setReport((current) => ({
      files: current?.files ?? [],
      spreadsheetSummary: `${csv.fileName} – ${added.length} of ${csv.rows.length} rows imported.`,
      spreadsheet: lines,
    }));
    setBusy(false);
  }

  return (
    <section aria-labelledby="import-heading" className="register-import">
      <h2 id="import-heading">Import notifications</h2>
      <div
        className={`register-drop${dragging ? ' register-drop--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void importFiles([...event.dataTransfer.files]);
        }}
      >
        <label htmlFor="register-files" className="field__label">
          Choose notification PDFs, or a CSV exported from your spreadsheet
        </label>
        <p className="field__hint" id="register-files-hint">
          You can choose many files at once, or drop them here. Each is checked on its own: a file
          that is not a notification, or was changed after it was made, is refused and nothing else
          is affected.
        </p>
        <input
          ref={input}
          id="register-files"
          type="file"
          multiple
          accept=".pdf,.csv,application/pdf,text/csv"
          aria-describedby="register-files-hint"
          disabled={busy}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void importFiles(files);
          }}
        />
      </div>
      {busy && <p role="status">Importing…</p>}
      {pending && (
        <CsvMappingForm
          fileName={pending.fileName}
          header={pending.header}
          rowCount={pending.rows.length}
          initial={pending.initial}
          onImport={(mapping) => void importCsv(pending, mapping)}
          onCancel={() => {
            // The form, and its Cancel button that had focus, go away: back to choosing a file.
            setPending(null);
            input.current?.focus();
          }}
        />
      )}
      {report && hasResults(report) && <ImportResults report={report} />}
    </section>
  );
}
