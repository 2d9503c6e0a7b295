// A policy pack's own agencies, teams, roles and directory numbers: what the anonymiser keeps in
// a notification to that partnership, beside its built-in gazetteer and glossary.
import type { AnonymiseContext } from '../anonymise/types';
import type { PolicyPack } from '../policy/policy-pack';

/** The terms and phone numbers a pack asks the anonymiser to keep. */
export type PackKeepList = Required<Pick<AnonymiseContext, 'keepTerms' | 'keepPhones'>>;

/** "South Tyneside Safeguarding Children Partnership (STSCP) and …" → its parts and short names. */
function parts(value: string | null | undefined): string[] {
  if (!value) return [];
  return [value, ...value.split(/\s*[()/]\s*|\s+and\/or\s+/)]
    .map((part) => part.trim())
    .filter((part) => part.length >= 3);
}

/**
 * Every agency, team and role the pack names (partnership, directory rows, escalation ladders) and
 * every directory phone number. The pack format has no field for a person's name, so nothing here
 * can keep a client's name.
 */
export function packKeepList(pack: PolicyPack | null | undefined): PackKeepList {
  if (!pack) return { keepTerms: [], keepPhones: [] };
  const terms = [...parts(pack.partnership.name), ...parts(pack.partnership.shortName)];
  const phones: string[] = [];
  for (const directory of pack.directories) {
    if (directory.kind === 'contacts') {
      for (const entry of directory.entries) {
        terms.push(...parts(entry.agency), ...parts(entry.role));
        if (entry.phone) phones.push(entry.phone);
      }
    } else {
      for (const ladder of directory.ladders) {
        terms.push(...parts(ladder.agency), ...parts(ladder.professional));
        for (const rung of ladder.rungs) terms.push(...parts(rung));
      }
    }
  }
  return { keepTerms: [...new Set(terms)], keepPhones: [...new Set(phones)] };
}
