// Filters a pack's directories by what the user types: an agency, a role, a professional or an
// agency type, ignoring case, accents and punctuation.
import { agencyTypeLabels } from '../../domain/policy/agency-type';
import type {
  ContactDirectory,
  Directory,
  DirectoryEntry,
  EscalationLadder,
  LadderDirectory,
} from '../../domain/policy/policy-pack';
import { appliesToLabel } from './guide-model';

/** Lower case, no accents, curly quotes as straight ones, runs of spaces as one. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function matches(query: string, texts: (string | null)[]): boolean {
  const words = normaliseForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normaliseForSearch(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}

function ladderMatches(query: string, ladder: EscalationLadder): boolean {
  return matches(query, [
    ladder.agency,
    ladder.professional,
    agencyTypeLabels[ladder.agencyType],
    ...ladder.rungs,
    ladder.note?.text ?? null,
  ]);
}

function entryMatches(query: string, entry: DirectoryEntry): boolean {
  return matches(query, [
    entry.agency,
    entry.role,
    appliesToLabel(entry.agencyType),
    entry.mailbox,
    entry.phone,
    entry.note,
  ]);
}

export type FilteredDirectory =
  | { directory: LadderDirectory; ladders: EscalationLadder[] }
  | { directory: ContactDirectory; entries: DirectoryEntry[] };

/** Each directory with only the rows that match every word of the query (all rows when empty). */
export function filterDirectories(
  directories: readonly Directory[],
  query: string,
): FilteredDirectory[] {
  return directories.map((directory) =>
    directory.kind === 'escalation-ladders'
      ? { directory, ladders: directory.ladders.filter((ladder) => ladderMatches(query, ladder)) }
      : { directory, entries: directory.entries.filter((entry) => entryMatches(query, entry)) },
  );
}

/** How many rows a directory has, or has left after filtering. */
export function rowCount(filtered: FilteredDirectory): number {
  return 'ladders' in filtered ? filtered.ladders.length : filtered.entries.length;
}

/** The number of rows in a directory before filtering. */
export function totalRows(directory: Directory): number {
  return directory.kind === 'escalation-ladders'
    ? directory.ladders.length
    : directory.entries.length;
}
