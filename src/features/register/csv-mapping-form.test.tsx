// Matching a spreadsheet's columns: a needed column left unmatched is named in the error summary and
// read with its own list; the columns chosen are the ones imported.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ColumnMapping } from '../../domain/register/spreadsheet-import';
import { CsvMappingForm } from './csv-mapping-form';

describe('matching a spreadsheet’s columns', () => {
  it('reads the error with the unmatched case-reference list, and imports once it is chosen', async () => {
    const imported: ColumnMapping[] = [];
    const onImport = vi.fn((mapping: ColumnMapping) => imported.push(mapping));
    const user = userEvent.setup();
    render(
      <CsvMappingForm
        fileName="old.csv"
        header={['Date received', 'Ticket', '']}
        rowCount={3}
        initial={null}
        onImport={onImport}
        onCancel={() => undefined}
      />,
    );
    const caseRef = screen.getByRole<HTMLSelectElement>('combobox', {
      name: 'Case reference (needed)',
    });
    expect(caseRef.value).toBe('');
    expect(
      within(caseRef)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Not in this spreadsheet', 'Date received', 'Ticket', 'Column 3']);
    await user.click(screen.getByRole('button', { name: 'Import 3 rows' }));

    const message = 'Choose the column that holds the case reference';
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([message]);
    expect(caseRef.getAttribute('aria-invalid')).toBe('true');
    expect(caseRef.getAttribute('aria-describedby')).toBe('map-caseRef-error');
    expect(document.getElementById('map-caseRef-error')?.textContent).toBe(`Error: ${message}`);
    const received = screen.getByRole('combobox', { name: 'Received (needed)' });
    expect(received.getAttribute('aria-invalid')).toBeNull();
    expect(onImport).not.toHaveBeenCalled();

    await user.selectOptions(caseRef, 'Ticket');
    expect(caseRef.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ caseRef: 1, received: 0 });
  });

  it('says which words in the outcome and agencies columns the themes count', () => {
    render(
      <CsvMappingForm
        fileName="old.csv"
        header={['Received', 'Case reference', 'Agencies', 'Outcome', 'Status']}
        rowCount={7}
        initial={null}
        onImport={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(
      screen.getByRole('combobox', {
        name: 'Outcome',
        description:
          /^Counted as resolved or not only when it or Status plainly says “Resolved” or “Not resolved”\.$/,
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('combobox', {
        name: 'Agencies',
        description: /^Plain names like “Police; Schools” are counted by agency type; /,
      }),
    ).toBeTruthy();
  });
});
