// The parts of a backup that are not records — settings, policy packs and the notifications in the
// sent ledger — are checked one by one before a restore: a value that fails is left out with a plain
// note (a setting's default stays), so a backup with one bad setting, pack or notification can
// neither stop the app, break a record's pages, nor replace a built-in guide.
import { notificationContentSchema } from '../notification/notification-content';
import { parsePolicyPack, type PackRef } from '../policy/policy-pack';
import { isValidSetting } from '../settings/setting-schemas';
import type { BackupContent } from './backup-content';

/** The backup with only the parts that passed, and a note for each kind left out. */
export interface UsableBackup {
  content: BackupContent;
  notes: string[];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Keeps the notifications whose sealed content is in the form the app writes; notes the others. */
function keepUsableNotifications(content: BackupContent, notes: string[]) {
  const schema = notificationContentSchema();
  const dropped: string[] = [];
  const notifications = content.notifications.filter((row) => {
    if (schema.safeParse(row.content).success) return true;
    dropped.push(row.escalationId);
    return false;
  });
  if (dropped.length > 0) {
    const caseRefs = new Map(content.escalations.map((e) => [e.id, e.caseRef]));
    const records = [...new Set(dropped.map((id) => caseRefs.get(id) ?? id))].join(', ');
    notes.push(
      `${plural(dropped.length, 'prepared notification is', 'prepared notifications are')} not in the form Escalate expects (${records}), so left out: the record is restored without ${dropped.length === 1 ? 'it' : 'them'}. Prepare the notification again from the record if it is still needed.`,
    );
  }
  return notifications;
}

/**
 * Keeps the settings that are valid for their key, the packs that pass the policy pack schema and
 * the notifications whose content passes its schema.
 * A pack imported under the id of a built-in pack is left out (a built-in guide is never replaced);
 * a snapshot of a built-in pack a record started under is kept.
 */
export function keepUsableParts(
  content: BackupContent,
  builtIns: readonly PackRef[],
): UsableBackup {
  const notes: string[] = [];
  const settings = content.settings.filter((s) => isValidSetting(s.key, s.value));
  const droppedSettings = content.settings.length - settings.length;
  if (droppedSettings > 0) {
    notes.push(
      `${plural(droppedSettings, 'setting was', 'settings were')} not in the form Escalate expects, so ${droppedSettings === 1 ? 'it is' : 'they are'} left out and this device keeps its own.`,
    );
  }
  const builtInIds = new Set(builtIns.map((pack) => pack.id));
  const invalid: string[] = [];
  const reused: string[] = [];
  const customPacks = content.customPacks.filter((row) => {
    const parsed = parsePolicyPack(row.pack);
    if (!parsed.ok || parsed.pack.id !== row.id || parsed.pack.version !== row.version) {
      invalid.push(row.id);
      return false;
    }
    if (row.origin !== 'snapshot' && builtInIds.has(row.id)) {
      reused.push(row.id);
      return false;
    }
    return true;
  });
  if (invalid.length > 0) {
    notes.push(
      `${plural(invalid.length, 'policy pack is', 'policy packs are')} not a valid policy pack (${[...new Set(invalid)].join(', ')}), so left out.`,
    );
  }
  if (reused.length > 0) {
    notes.push(
      `${plural(reused.length, 'imported policy pack uses', 'imported policy packs use')} the id of a built-in policy (${[...new Set(reused)].join(', ')}), so left out: the built-in guide is kept.`,
    );
  }
  const notifications = keepUsableNotifications(content, notes);
  return { content: { ...content, settings, customPacks, notifications }, notes };
}
