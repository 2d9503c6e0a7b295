// What the backup screens say, with counts in the right number ("1 escalation merged").
import { countOf } from '../../domain/plural';

/** The message once a backup of `escalations` records is restored by merging or replacing. */
export function restoredMessage(escalations: number, mode: 'merge' | 'replace'): string {
  const verb =
    mode === 'merge' ? 'merged with' : escalations === 1 ? 'now replaces' : 'now replace';
  return `Backup restored: ${countOf(escalations, 'escalation')} ${verb} the records on this device.`;
}
