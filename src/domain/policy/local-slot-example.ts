// A local slot's example (for instance Wiltshire's early-years "Play Leader") shown only where it
// fits the user's agency, so one service's example is never given to every service as its own.
import { agencyTypeLabels, type AgencyType } from './agency-type';
import type { LocalSlot } from './policy-pack';

/**
 * The policy's example for a slot, as a sentence to append to its hint: to everyone when it applies
 * to any agency; to that agency type; nothing to another agency type; and, when the user has not
 * chosen an agency type, the example saying which agencies it is for.
 */
export function slotExample(slot: LocalSlot, agencyType: AgencyType | null): string {
  if (!slot.example) return '';
  if (slot.exampleAppliesTo === 'any' || agencyType === slot.exampleAppliesTo)
    return ` For example: ${slot.example}.`;
  if (agencyType !== null) return '';
  return ` The policy’s example, for ${agencyTypeLabels[slot.exampleAppliesTo].toLowerCase()}: ${slot.example}.`;
}
