// Policy pack files leaving the app: a pack as pretty-printed JSON, downloaded on the device.
import type { PolicyPack } from '../../domain/policy/policy-pack';
import { downloadFile } from '../../ui/download';

export function packFileName(pack: Pick<PolicyPack, 'id' | 'version'>): string {
  return `${pack.id}-v${pack.version}.json`;
}

/** Saves the pack as a JSON file through the browser's download (no network request). */
export function exportPack(pack: PolicyPack): void {
  const json = `${JSON.stringify(pack, null, 2)}\n`;
  downloadFile(
    new Blob([json], { type: 'application/json' }),
    packFileName(pack),
    'application/json',
  );
}
