// What the backup screens say, with counts in the right number ("1 escalation merged").
import { countOf } from '../../domain/plural';

/**
 * The message once a backup of `escalations` records (and `registerEntries` register entries, in
 * register mode) is restored by merging or replacing. A backup of a partnership's register alone
 * has no escalations: "0 escalations merged" by itself read as if nothing had been restored.
 */
export function restoredMessage(
  escalations: number,
  mode: 'merge' | 'replace',
  registerEntries = 0,
): string {
  const what =
    registerEntries > 0
      ? `${countOf(escalations, 'escalation')} and ${countOf(registerEntries, 'register entry', 'register entries')}`
      : countOf(escalations, 'escalation');
  const several = escalations + registerEntries !== 1;
  const verb = mode === 'merge' ? 'merged with' : several ? 'now replace' : 'now replaces';
  return `Backup restored: ${what} ${verb} the records on this device.`;
}
