import { describe, expect, it } from 'vitest';
import { restoredMessage } from './backup-words';

describe('the message once a backup is restored', () => {
  it('counts one escalation in the singular', () => {
    expect(restoredMessage(1, 'merge')).toBe(
      'Backup restored: 1 escalation merged with the records on this device.',
    );
    expect(restoredMessage(1, 'replace')).toBe(
      'Backup restored: 1 escalation now replaces the records on this device.',
    );
  });

  it('counts several in the plural', () => {
    expect(restoredMessage(3, 'replace')).toBe(
      'Backup restored: 3 escalations now replace the records on this device.',
    );
  });

  it('names the register entries too, so a register alone does not read as nothing restored', () => {
    expect(restoredMessage(0, 'merge', 6)).toBe(
      'Backup restored: 0 escalations and 6 register entries merged with the records on this device.',
    );
    expect(restoredMessage(2, 'replace', 1)).toBe(
      'Backup restored: 2 escalations and 1 register entry now replace the records on this device.',
    );
  });
});
