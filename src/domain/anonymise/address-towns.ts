// The town or district after a street address ("22 Station Rd, Bletchley") is a place of its own,
// hidden as "[place]" rather than folded into "[address]", so a reader of the redacted note still
// sees that a town stood there. Also catches a stranger's-name guess standing in that slot
// ("4 Bluebell Walk, Stanley, I found…"): after an address and a comma it names a town.
import type { Finding } from './types';

/** Only a comma (and spaces) between the address and the town. */
const COMMA_GAP = /^\s*,\s*$/;

/** Where the town slot ends: a comma, full stop, semicolon, bracket, line end, a postcode. */
const SLOT_END = /^(?:\s*(?:[.,;:)\n]|$)|\s+[A-Z]{1,2}\d)/;

/** A town finding made by `findTownsInAddresses`, or a low-confidence guess at a name. */
function townLike(finding: Finding): boolean {
  if (finding.type === 'address') return finding.reason === TOWN_REASON;
  return finding.type === 'name' && finding.confidence === 'low';
}

export const TOWN_REASON = 'A town written as part of an address';

/** Last words that make the name a street or estate, which stays part of the address. */
const STREET_END =
  /\b(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Ln|Drive|Dr|Crescent|Gardens|Court|Place|Terrace|Grove|Square|Way|Mews|Row|Walk|Rise|View|Parade|Estate|Wharf|Heights|Buildings)\.?$/;

/** Every word of the finding starts with a capital (a town, not "the end terrace"). */
function capitalised(original: string): boolean {
  return original.split(/[\s-]+/).every((word) => /^\p{Lu}/u.test(word));
}

/**
 * `findings` (sorted, disjoint) with each town after a street address retyped as a place: a
 * capitalised town finding or low-confidence name that follows an address finding across a comma
 * and ends at a comma, full stop, line end or postcode. The address before it stays an address;
 * the record's own town is a place there too, as the corpora mark it.
 */
export function retypeTownsAfterAddresses(text: string, findings: readonly Finding[]): Finding[] {
  return findings.map((finding, i) => {
    const previous = findings[i - 1];
    if (
      !previous ||
      previous.type !== 'address' ||
      previous.reason === TOWN_REASON ||
      !townLike(finding) ||
      !capitalised(finding.original) ||
      STREET_END.test(finding.original) ||
      !COMMA_GAP.test(text.slice(previous.end, finding.start)) ||
      !SLOT_END.test(text.slice(finding.end, finding.end + 4))
    )
      return finding;
    return {
      ...finding,
      type: 'place',
      replacement: '[place]',
      reason: 'A town or district written after an address',
    };
  });
}
