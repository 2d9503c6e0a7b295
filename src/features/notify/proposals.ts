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

/**
 * A function from text to the anonymiser's proposals for this client and these professionals,
 * remembering each answer, so typing in one field does not re-check every other field.
 */
export function createProposer(
  client: ClientIdentity | null,
  professionals: readonly Pick<Professional, 'name'>[],
): (text: string) => Proposals {
  const known: KnownClient = client ?? NO_CLIENT;
  const context = { knownProfessionals: professionals.map(({ name }) => ({ name })) };
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
