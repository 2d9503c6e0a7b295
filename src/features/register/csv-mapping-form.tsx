// Maps an existing spreadsheet's columns onto the register's, once, before its rows are imported.
import { useState } from 'react';
import {
  registerColumnKeys,
  registerColumns,
  type RegisterColumnKey,
} from '../../domain/register/register-columns';
import { guessColumnMapping, type ColumnMapping } from '../../domain/register/spreadsheet-import';
import { ErrorSummary, type FieldProblem } from '../../ui/error-summary';
import { SelectField } from '../../ui/select-field';

/** The columns an import cannot do without, and what to say when one is not matched. */
const NEEDED: Partial<Record<RegisterColumnKey, string>> = {
  caseRef: 'Choose the column that holds the case reference',
  received: 'Choose the column that holds the date received',
};
/**
 * What the import reads from a column besides its text, so a user knows why a row counts as "not
 * known" in the themes and what words would count (src/domain/register/spreadsheet-facts.ts).
 */
const HINTS: Partial<Record<RegisterColumnKey, string>> = {
  agencies:
    'Plain names like “Police; Schools” are counted by agency type; other words are kept as written.',
  outcome:
    'Counted as resolved or not only when it or Status plainly says “Resolved” or “Not resolved”.',
};
const fieldId = (key: RegisterColumnKey) => `map-${key}`;

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
  // How many times Import was pressed: the summary is shown from the first, and focused at each.
  const [tries, setTries] = useState(0);
  const set = (key: RegisterColumnKey, value: string) =>
    setMapping((current) => ({ ...current, [key]: value === '' ? null : Number(value) }));
  const missing = registerColumnKeys.flatMap((key): FieldProblem[] => {
    const message = NEEDED[key];
    return message && mapping[key] === null ? [{ fieldId: fieldId(key), message }] : [];
  });
  const problems = tries > 0 ? missing : [];
  const options = header.map(
    (heading, index) => [String(index), heading || `Column ${index + 1}`] as const,
  );

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setTries((count) => count + 1);
    if (missing.length === 0) props.onImport(mapping);
  }

  return (
    <form onSubmit={submit} className="register-mapping" aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">Match the spreadsheet’s columns</h2>
      <p>
        {fileName} has {rowCount} {rowCount === 1 ? 'row' : 'rows'}. Say which of its columns holds
        each of the register’s. Escalate remembers this for the next file with the same headings.
      </p>
      <ErrorSummary problems={problems} attempt={tries} />
      <div className="register-mapping__grid">
        {registerColumnKeys.map((key) => (
          <SelectField
            key={key}
            id={fieldId(key)}
            label={`${registerColumns[key].label}${NEEDED[key] ? ' (needed)' : ''}`}
            hint={HINTS[key]}
            error={problems.find((problem) => problem.fieldId === fieldId(key))?.message}
            emptyOption="Not in this spreadsheet"
            options={options}
            value={mapping[key] ?? ''}
            onChange={(event) => set(key, event.target.value)}
          />
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
