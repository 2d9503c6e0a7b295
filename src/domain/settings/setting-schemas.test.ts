// Register mode and the saved spreadsheet mapping have schemas, so they survive a backup's restore
// (a setting without one is left out) and a damaged value reads as the default.
import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '../register/spreadsheet-import';
import {
  isValidSetting,
  REGISTER_MODE_SETTING,
  SPREADSHEET_MAPPING_SETTING,
} from './setting-schemas';

const HEADER = ['Date received', 'Case reference', 'Agencies involved', 'Summary', 'Status'];

describe('register settings', () => {
  it('accepts register mode on or off, and nothing else', () => {
    expect(isValidSetting(REGISTER_MODE_SETTING, true)).toBe(true);
    expect(isValidSetting(REGISTER_MODE_SETTING, false)).toBe(true);
    expect(isValidSetting(REGISTER_MODE_SETTING, 'yes')).toBe(false);
    expect(isValidSetting(REGISTER_MODE_SETTING, null)).toBe(false);
  });

  it('accepts the mapping the import saves, as guessed from a header', () => {
    const mapping = guessColumnMapping(HEADER);
    expect(Object.values(mapping).some((column) => column !== null)).toBe(true);
    expect(isValidSetting(SPREADSHEET_MAPPING_SETTING, { header: HEADER, mapping })).toBe(true);
  });

  it('accepts a mapping with no column matched', () => {
    const mapping = guessColumnMapping(['Colour', 'Size']);
    expect(
      isValidSetting(SPREADSHEET_MAPPING_SETTING, { header: ['Colour', 'Size'], mapping }),
    ).toBe(true);
  });

  it('refuses a mapping the import could not use', () => {
    const mapping = guessColumnMapping(HEADER);
    const bad: unknown[] = [
      null,
      { header: HEADER },
      { header: 'Date received', mapping },
      { header: HEADER, mapping: { ...mapping, caseRef: HEADER.length } },
      { header: HEADER, mapping: { ...mapping, caseRef: -1 } },
      { header: HEADER, mapping: { ...mapping, caseRef: 1.5 } },
      { header: HEADER, mapping: { ...mapping, caseRef: '1' } },
      { header: HEADER, mapping: { ...mapping, colour: 2 } },
      { header: HEADER, mapping: Object.fromEntries(Object.entries(mapping).slice(1)) },
    ];
    for (const value of bad) {
      expect(isValidSetting(SPREADSHEET_MAPPING_SETTING, value), JSON.stringify(value)).toBe(false);
    }
  });
});
