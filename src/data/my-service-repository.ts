// "My service": the user's agency type and role, their chosen partnership, and the local names they
// give each "In my service this is …" slot. Not about any client, so kept in clear and usable while
// locked (docs/security.md).
import type { AgencyType } from '../domain/policy/agency-type';
import { useSetting, writeSetting } from './settings-repository';

export interface MyService {
  agencyType: AgencyType | null;
  role: string;
  agency: string;
}

const MY_SERVICE = 'myService.profile';
const CHOSEN_PACK = 'guide.packId';
const slotKey = (packId: string) => `myService.slots.${packId}`;

export const NO_SERVICE: MyService = { agencyType: null, role: '', agency: '' };

export function useMyService(): MyService | undefined {
  return useSetting<MyService>(MY_SERVICE, NO_SERVICE);
}

export function saveMyService(service: MyService): Promise<void> {
  return writeSetting(MY_SERVICE, service);
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
