import { describe, expect, it } from 'vitest';
import { agencyTypesNamed, endingOfSpreadsheetRow } from './spreadsheet-facts';

describe('reading whether a spreadsheet row was resolved', () => {
  const resolved = { ending: 'resolved', resolvedHow: null };
  const notResolved = { ending: 'open', resolvedHow: null };

  it('reads an outcome or status that plainly says resolved or not', () => {
    expect(endingOfSpreadsheetRow('Resolved at stage 1', 'Closed')).toEqual(resolved);
    expect(endingOfSpreadsheetRow('Resolved: housing shared the address', 'Closed')).toEqual(
      resolved,
    );
    expect(endingOfSpreadsheetRow('RESOLVED', '')).toEqual(resolved);
    expect(endingOfSpreadsheetRow('', 'Closed – resolved')).toEqual(resolved);
    expect(endingOfSpreadsheetRow('Not resolved', 'In progress')).toEqual(notResolved);
    expect(endingOfSpreadsheetRow('Unresolved, chair reviewing', '')).toEqual(notResolved);
    expect(endingOfSpreadsheetRow('', 'Closed - not resolved')).toEqual(notResolved);
    expect(endingOfSpreadsheetRow('Partly resolved – school to follow up', '')).toEqual({
      ending: 'resolved',
      resolvedHow: 'partly',
    });
  });

  it('leaves it unknown when the words do not plainly say', () => {
    for (const [outcome, status] of [
      ['', 'Received'],
      ['', 'Closed'],
      ['Agreed to disagree', 'Closed'],
      ['Resolved?', ''],
      ['Resolved but not fully', ''],
      ['The school says it was resolved', ''],
      ['Not resolved at stage 1; resolved at stage 2', ''],
      ['Resolved', 'Not resolved'],
    ]) {
      expect(
        endingOfSpreadsheetRow(outcome ?? '', status ?? ''),
        `${outcome} / ${status}`,
      ).toBeNull();
    }
  });
});

describe('reading the agency types a spreadsheet row names', () => {
  it('reads plain agency names, each once, in the app’s order', () => {
    expect(agencyTypesNamed('Police; Children’s social care')).toEqual([
      'childrens-social-care',
      'police',
    ]);
    expect(agencyTypesNamed("Schools; Children's social care; Schools")).toEqual([
      'education',
      'childrens-social-care',
    ]);
    expect(agencyTypesNamed('Health; Housing')).toEqual(['health', 'housing']);
    expect(agencyTypesNamed('Early help, Schools')).toEqual(['education', 'early-help']);
    expect(agencyTypesNamed('CAMHS and the police')).toEqual(['health', 'police']);
    expect(agencyTypesNamed('Youth offending team / Housing service')).toEqual([
      'youth-justice',
      'housing',
    ]);
    expect(agencyTypesNamed('Drug and alcohol')).toEqual(['substance-misuse']);
    expect(agencyTypesNamed('District, borough and city councils')).toEqual(['district-council']);
  });

  it('counts no type for words it does not know, and never guesses “other”', () => {
    expect(agencyTypesNamed('')).toEqual([]);
    expect(agencyTypesNamed('Northshire Constabulary')).toEqual([]);
    expect(agencyTypesNamed('Larkspur Primary')).toEqual([]);
    expect(agencyTypesNamed('Other')).toEqual([]);
    expect(agencyTypesNamed('Police; Larkspur Primary')).toEqual(['police']);
  });
});
