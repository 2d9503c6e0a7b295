// "My service": the user's agency type and role, their chosen partnership, and the local names they
// give each "In my service this is …" slot. Not about any client, so kept in clear and usable while
// locked (docs/security.md).
import type { AgencyType } from '../domain/policy/agency-type';
import { useMemo } from 'react';
import { readSetting, useSetting, writeSetting } from './settings-repository';

export interface MyService {
  agencyType: AgencyType | null;
  role: string;
  agency: string;
  /** The user's own name, remembered for every new record ("Remember me"); may be blank. */
  name: string;
  /** How lists show the child or adult while unlocked: the full name, or initials only. */
  showClients: 'name' | 'initials';
}

const MY_SERVICE = 'myService.profile';
const CHOSEN_PACK = 'guide.packId';
const slotKey = (packId: string) => `myService.slots.${packId}`;

export const NO_SERVICE: MyService = {
  agencyType: null,
  role: '',
  agency: '',
  name: '',
  showClients: 'name',
};

/** My service as stored, with the defaults for anything saved before it existed. */
export function useMyService(): MyService | undefined {
  const stored = useSetting<Partial<MyService>>(MY_SERVICE, NO_SERVICE);
  return useMemo(() => stored && { ...NO_SERVICE, ...stored }, [stored]);
}

/** My service, read once (for saving a change outside React). */
export async function readMyService(): Promise<MyService> {
  return { ...NO_SERVICE, ...(await readSetting<Partial<MyService>>(MY_SERVICE, NO_SERVICE)) };
}

/** "Jo Bloggs, Designated safeguarding lead, Wexbury Primary": the user as records name them. */
export function describeMe(service: MyService): string {
  return [service.name, service.role, service.agency]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
}

/** Saves the parts of My service given, keeping the rest as stored. */
export async function saveMyService(change: Partial<MyService>): Promise<void> {
  return writeSetting(MY_SERVICE, { ...(await readMyService()), ...change });
}

/** The partnership the user last chose, remembered between visits. */
export function useChosenPackId(): string | null | undefined {
  return useSetting<string | null>(CHOSEN_PACK, null);
}

export function saveChosenPackId(packId: string): Promise<void> {
  return writeSetting(CHOSEN_PACK, packId);
}

/** The local names for one pack's slots, by slot id. */
export function useLocalSlots(packId: string): Record<string, string> | undefined {
  return useSetting<Record<string, string>>(slotKey(packId), {});
}

export function saveLocalSlots(packId: string, values: Record<string, string>): Promise<void> {
  return writeSetting(slotKey(packId), values);
}
