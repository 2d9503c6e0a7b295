// The anonymiser's proposals for each field's text, computed once per text for one client.
import { anonymise, type Finding, type KnownClient } from '../../domain/anonymise/anonymise';
import type { ClientIdentity, Professional } from '../../domain/escalation/escalation';

/** The proposals for one text; `failed` when the anonymiser could not read it. */
export interface Proposals {
  findings: Finding[];
  failed: boolean;
}

/** Nobody to look for by name when the record holds no client details (patterns still apply). */
const NO_CLIENT: KnownClient = { child: { firstName: '' } };

function words(name: string | undefined): string[] {
  if (!name) return [];
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/gi, 'l')
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter((word) => word.length >= 2);
}

/** Every word of every name the record holds for the client and their family. */
function clientNameWords(client: ClientIdentity | null): Set<string> {
  if (!client) return new Set();
  const people = [client.child, ...(client.siblings ?? []), ...(client.familyMembers ?? [])];
  const names = people.flatMap((person) => [person.firstName, person.lastName]);
  names.push(client.child.preferredName, client.child.middleNames);
  return new Set(names.flatMap(words));
}

/**
 * The professionals whose names the anonymiser may keep: not one whose name shares a word with
 * the client's or their family's names. A client's name typed into a professional's name field
 * (or a professional who shares the family's surname) is then proposed for hiding, and the
 * reviewer decides.
 */
export function professionalsToKeep<P extends Pick<Professional, 'name'>>(
  professionals: readonly P[],
  client: ClientIdentity | null,
): P[] {
  const clientWords = clientNameWords(client);
  return professionals.filter((p) => !words(p.name).some((word) => clientWords.has(word)));
}

/**
 * A function from text to the anonymiser's proposals for this client and these professionals,
 * remembering each answer, so typing in one field does not re-check every other field.
 */
export function createProposer(
  client: ClientIdentity | null,
  professionals: readonly Pick<Professional, 'name'>[],
): (text: string) => Proposals {
  const known: KnownClient = client ?? NO_CLIENT;
  const kept = professionalsToKeep(professionals, client);
  const context = { knownProfessionals: kept.map(({ name }) => ({ name })) };
  const cache = new Map<string, Proposals>();
  return (text) => {
    const cached = cache.get(text);
    if (cached) return cached;
    let proposals: Proposals;
    try {
      proposals = { findings: anonymise(text, known, context).findings, failed: false };
    } catch {
      proposals = { findings: [], failed: true };
    }
    cache.set(text, proposals);
    return proposals;
  };
}
