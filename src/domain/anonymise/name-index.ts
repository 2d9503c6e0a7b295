// Every spelling under which a client person's name may appear, keyed by folded word.
import { nicknameVariants } from './nicknames';
import { clientPeople, type ClientPerson } from './people';
import { foldName } from './text';
import type { KnownClient } from './types';

/** How a word relates to a client person's name. */
export type NameKind = 'given' | 'family' | 'nickname';

/** One client person a word may name. */
export interface NameEntry {
  person: ClientPerson;
  kind: NameKind;
  /** e.g. "first name", "surname", "nickname" — for the finding's reason. */
  part: string;
}

/** The client's name words, folded, each with the people it may name. */
export type NameIndex = ReadonlyMap<string, readonly NameEntry[]>;

/** The words of a name: "Smith-Jones" → Smith, Jones; "Mary Ellen" → Mary, Ellen. */
export function nameWords(name: string | undefined): string[] {
  if (!name) return [];
  return (name.match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? []).filter((w) => w.length >= 2);
}

function add(index: Map<string, NameEntry[]>, word: string, entry: NameEntry): void {
  const key = foldName(word);
  // "O'Brien" is also typed "OBrien" or "obrien".
  for (const spelling of key.includes("'") ? [key, key.replace(/'/g, '')] : [key]) {
    const entries = index.get(spelling) ?? [];
    if (!entries.some((e) => e.person === entry.person && e.kind === entry.kind))
      entries.push(entry);
    index.set(spelling, entries);
  }
}

/**
 * Words a record puts where a child has no name yet ("Unborn Ashworth", "Baby Khan", "Unknown"):
 * searching for them would hide "the unborn child" and "baby" everywhere, so they are not names.
 */
const PLACEHOLDER_NAMES = new Set(
  'unborn baby babe newborn infant unnamed unknown tbc tba tbd twin child boy girl male female'.split(
    ' ',
  ),
);

function addPerson(index: Map<string, NameEntry[]>, person: ClientPerson): void {
  const { firstName, lastName, preferredName, middleNames } = person.person;
  const given = [...nameWords(firstName), ...nameWords(preferredName)].filter(
    (word) => !PLACEHOLDER_NAMES.has(foldName(word)),
  );
  for (const word of given) add(index, word, { person, kind: 'given', part: 'first name' });
  for (const word of nameWords(middleNames))
    add(index, word, { person, kind: 'given', part: 'middle name' });
  for (const word of nameWords(lastName))
    add(index, word, { person, kind: 'family', part: 'surname' });
  for (const word of given) {
    for (const nickname of nicknameVariants(word))
      add(index, nickname, { person, kind: 'nickname', part: 'nickname' });
  }
}

/** Builds the index of every client person's names, hyphen halves and nicknames. */
export function buildNameIndex(client: KnownClient): NameIndex {
  const index = new Map<string, NameEntry[]>();
  const people = clientPeople(client);
  for (const person of people) addPerson(index, person);
  for (const entries of index.values()) entries.sort(compareEntries);
  return index;
}

const KIND_ORDER: Record<NameKind, number> = { given: 0, family: 1, nickname: 2 };

function compareEntries(a: NameEntry, b: NameEntry): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.person.rank - b.person.rank;
}

/**
 * Optimal-string-alignment distance, stopping early once it must exceed `limit`: one insertion,
 * deletion, substitution or swap of neighbours counts as one edit.
 */
export function editDistance(a: string, b: string, limit = 1): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charAt(i - 1) === b.charAt(j - 2) &&
        a.charAt(i - 2) === b.charAt(j - 1)
      ) {
        best = Math.min(best, (previous2[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    if (Math.min(...row) > limit) return limit + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length] ?? limit + 1;
}

/** The index's names one edit away from `key` (names of at least five letters only). */
export function closeNames(index: NameIndex, key: string): string[] {
  if (key.length < 5) return [];
  return [...index.keys()].filter(
    (name) => name.length >= 5 && name !== key && editDistance(name, key) <= 1,
  );
}

/** The entries of these names of the index, most telling first. */
export function entriesOf(index: NameIndex, names: readonly string[]): NameEntry[] {
  return names.flatMap((name) => index.get(name) ?? []).sort(compareEntries);
}

/** The index entries one edit away from `key` (names of at least five letters only). */
export function closeSpellings(index: NameIndex, key: string): NameEntry[] {
  return entriesOf(index, closeNames(index, key));
}
