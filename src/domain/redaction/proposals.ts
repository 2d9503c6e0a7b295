// The redactions proposed for each field's text: the anonymiser's findings for this client, plus
// every term hidden earlier in the case, computed once per text. Never throws.
import { anonymise } from '../anonymise/anonymise';
import { resolveOverlaps } from '../anonymise/resolve';
import { foldName } from '../anonymise/text';
import type { AnonymiseContext, Finding, KnownClient } from '../anonymise/types';
import type { ClientIdentity, Professional } from '../escalation/escalation';
import { caseTermFindings, NO_CASE_TERMS, type CaseTerms } from './case-terms';

/** The proposals for one text; `failed` when the anonymiser could not read it. */
export interface Proposals {
  findings: Finding[];
  failed: boolean;
}

/** The proposals for a text, remembering each answer; `knows` says whether a text has been read. */
export interface Proposer {
  (text: string, terms?: CaseTerms): Proposals;
  knows(text: string): boolean;
}

/** Nobody to look for by name when the record holds no client details (patterns still apply). */
const NO_CLIENT: KnownClient = { child: { firstName: '' } };

/** The folded words of a name, with the anonymiser's one folding rule (case, accents, apostrophes). */
function words(name: string | undefined): string[] {
  if (!name) return [];
  return foldName(name)
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
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
 * the client's or their family's names (compared folded, so `O’Brien` matches `O'Brien` and
 * `Østergaard` matches `Ostergaard`). A client's name typed into a professional's name field (or a
 * professional who shares the family's surname) is then proposed for hiding, and the reviewer
 * decides.
 */
export function professionalsToKeep<P extends Pick<Professional, 'name'>>(
  professionals: readonly P[],
  client: ClientIdentity | null,
): P[] {
  const clientWords = clientNameWords(client);
  return professionals.filter((p) => !words(p.name).some((word) => clientWords.has(word)));
}

/**
 * A function from text (and the case's list of hidden terms) to the proposals, remembering the
 * anonymiser's answer for each text, so typing in one field does not re-check every other field
 * and a change to the list costs only a search for its terms. A text the anonymiser cannot read
 * yields `failed` (and the case's terms still apply). `keep` holds the policy pack's agencies,
 * teams and directory numbers, which are never proposed.
 */
export function createProposer(
  client: ClientIdentity | null,
  professionals: readonly Pick<Professional, 'name'>[],
  keep: Pick<AnonymiseContext, 'keepTerms' | 'keepPhones'> = {},
): Proposer {
  const known: KnownClient = client ?? NO_CLIENT;
  const kept = professionalsToKeep(professionals, client);
  const context: AnonymiseContext = {
    knownProfessionals: kept.map(({ name }) => ({ name })),
    ...keep,
  };
  const cache = new Map<string, Proposals>();
  const propose = (text: string, terms: CaseTerms = NO_CASE_TERMS): Proposals => {
    let found = cache.get(text);
    if (!found) {
      try {
        found = { findings: anonymise(text, known, context).findings, failed: false };
      } catch {
        found = { findings: [], failed: true };
      }
      cache.set(text, found);
    }
    if (terms.hidden.length === 0) return found;
    return {
      findings: resolveOverlaps([...caseTermFindings(text, terms), ...found.findings]),
      failed: found.failed,
    };
  };
  return Object.assign(propose, { knows: (text: string) => cache.has(text) });
}
