import { describe, expect, it } from 'vitest';
import { downloadLabel } from './register-words';

describe('the register’s download buttons', () => {
  it('never say "these 1"', () => {
    expect(downloadLabel(1, 'CSV')).toBe('Download this notification as CSV');
    expect(downloadLabel(3, 'XLSX')).toBe('Download these 3 as XLSX');
  });
});
