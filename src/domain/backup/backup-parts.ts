// The parts of a backup that are not records — settings and policy packs — are checked one by one
// before a restore: a value that fails is left out with a plain note and the app's default stays,
// so a backup with one bad setting or pack can neither stop the app nor replace a built-in guide.
import { parsePolicyPack, type PackRef } from '../policy/policy-pack';
import { isValidSetting } from '../settings/setting-schemas';
import type { BackupContent } from './backup-content';

/** The backup with only the settings and packs that passed, and a note for each kind left out. */
export interface UsableBackup {
  content: BackupContent;
  notes: string[];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Keeps the settings that are valid for their key and the packs that pass the policy pack schema.
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
  return { content: { ...content, settings, customPacks }, notes };
}
