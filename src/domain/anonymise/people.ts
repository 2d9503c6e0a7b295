// The people of a client record, each with the placeholder that stands for them in redacted text.
import { foldName } from './text';
import type { FamilyMember, KnownClient, Person } from './types';

/** A client person and how redacted text refers to them. */
export interface ClientPerson {
  person: Person & { preferredName?: string; middleNames?: string };
  /** e.g. "[child]", "[sibling 2]", "[maternal grandmother]". */
  placeholder: string;
  /** e.g. "the child", "sibling 2", "the mother" — used in reasons, never the name itself. */
  describe: string;
  gender: 'female' | 'male' | 'unknown';
  /** Position in the record (child first), used to break ties deterministically. */
  rank: number;
}

const FEMALE =
  /\b(?:mother|mum|mom|mam|step-?mother|step-?mum|grandmother|nan|nana|nanny|gran|granny|grandma|aunt|auntie|aunty|sister|daughter|niece|wife|girlfriend)\b/;
const MALE =
  /\b(?:father|dad|step-?father|step-?dad|grandfather|grandad|granddad|grandpa|uncle|brother|son|nephew|husband|boyfriend)\b/;

/** Whether a relationship word implies the person's sex (used with "Mr"/"Mrs" and a surname). */
export function genderOf(relationship: string): ClientPerson['gender'] {
  const words = relationship.toLowerCase();
  const [head] = words.split(/'s\s+|’s\s+/).slice(-1);
  const focus = head ?? words;
  if (FEMALE.test(focus)) return 'female';
  if (MALE.test(focus)) return 'male';
  return 'unknown';
}

function relationshipLabel(relationship: string): string {
  const label = relationship
    .toLowerCase()
    .replace(/[^\p{L}\p{N} '’-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return label === '' ? 'relative' : label;
}

/** A label that names someone ("Kelly's partner") would leak the name, so it becomes "relative". */
function safeLabel(label: string, names: ReadonlySet<string>): string {
  const words = foldName(label).split(/[^\p{L}]+/u);
  return words.some((word) => names.has(word)) ? 'relative' : label;
}

function familyPeople(
  members: readonly FamilyMember[],
  firstRank: number,
  names: ReadonlySet<string>,
): ClientPerson[] {
  const labels = members.map((member) => safeLabel(relationshipLabel(member.relationship), names));
  return members.map((member, index) => {
    const label = labels[index] ?? 'relative';
    const sameLabel = labels.filter((other) => other === label).length;
    const ordinal = labels.slice(0, index + 1).filter((other) => other === label).length;
    const numbered = sameLabel > 1 ? `${label} ${ordinal}` : label;
    return {
      person: member,
      placeholder: `[${numbered}]`,
      describe: `the ${numbered}`,
      gender: genderOf(member.relationship),
      rank: firstRank + index,
    };
  });
}

/**
 * Everyone the client record names, child first, then siblings ("[sibling 1]", "[sibling 2]"),
 * then family members by relationship ("[mother]"; two aunts become "[aunt 1]" and "[aunt 2]").
 */
export function clientPeople(client: KnownClient): ClientPerson[] {
  const child: ClientPerson = {
    person: client.child,
    placeholder: '[child]',
    describe: 'the child',
    gender: 'unknown',
    rank: 0,
  };
  const siblings = (client.siblings ?? []).map((sibling, index): ClientPerson => ({
    person: sibling,
    placeholder: `[sibling ${index + 1}]`,
    describe: `sibling ${index + 1}`,
    gender: 'unknown',
    rank: 1 + index,
  }));
  const names = new Set(
    [client.child, ...(client.siblings ?? []), ...(client.familyMembers ?? [])]
      .flatMap((p) => [p.firstName, p.lastName ?? ''])
      .flatMap((name) => foldName(name).split(/[^\p{L}']+/u))
      .filter((word) => word.length > 1),
  );
  const family = familyPeople(client.familyMembers ?? [], 1 + siblings.length, names);
  return [child, ...siblings, ...family];
}
