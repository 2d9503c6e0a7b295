// Maps an existing spreadsheet's columns onto the register's, once, before its rows are imported.
import { useState } from 'react';
import {
  registerColumnKeys,
  registerColumns,
  type RegisterColumnKey,
} from '../../domain/register/register-columns';
import { guessColumnMapping, type ColumnMapping } from '../../domain/register/spreadsheet-import';

interface CsvMappingFormProps {
  readonly fileName: string;
  readonly header: readonly string[];
  readonly rowCount: number;
  readonly initial: ColumnMapping | null;
  onImport(mapping: ColumnMapping): void;
  onCancel(): void;
}

export function CsvMappingForm(props: CsvMappingFormProps) {
  const { fileName, header, rowCount } = props;
  const [mapping, setMapping] = useState<ColumnMapping>(
    () => props.initial ?? guessColumnMapping(header),
  );
  const [error, setError] = useState<string | null>(null);
  const set = (key: RegisterColumnKey, value: string) =>
    setMapping((current) => ({ ...current, [key]: value === '' ? null : Number(value) }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (mapping.caseRef === null || mapping.received === null) {
      setError('Choose the columns that hold the case reference and the date received.');
      return;
    }
    props.onImport(mapping);
  }

  return (
    <form onSubmit={submit} className="register-mapping" aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">Match the spreadsheet’s columns</h2>
      <p>
        {fileName} has {rowCount} {rowCount === 1 ? 'row' : 'rows'}. Say which of its columns holds
        each of the register’s. Escalate remembers this for the next file with the same headings.
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="register-mapping__grid">
        {registerColumnKeys.map((key) => (
          <div className="field" key={key}>
            <label className="field__label" htmlFor={`map-${key}`}>
              {registerColumns[key].label}
              {key === 'caseRef' || key === 'received' ? ' (needed)' : ''}
            </label>
            <select
              id={`map-${key}`}
              value={mapping[key] ?? ''}
              onChange={(event) => set(key, event.target.value)}
            >
              <option value="">Not in this spreadsheet</option>
              {header.map((heading, index) => (
                <option key={`${heading}-${index}`} value={index}>
                  {heading || `Column ${index + 1}`}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          Import {rowCount} {rowCount === 1 ? 'row' : 'rows'}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
