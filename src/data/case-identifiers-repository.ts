// The case's list of hidden and kept terms (docs/decisions/0008), sealed inside the client row
// beside the client details as the optional key `caseTerms`; for a record without client details,
// in a sealed draft row of its own. Together with the client details it is the case's identifier set.
import { caseTermsSchema, NO_CASE_TERMS, type CaseTerms } from '../domain/redaction/case-terms';
import type { ClientIdentity } from '../domain/escalation/escalation';
import { getDatabase } from './database';
import { loadDraft, saveDraft } from './drafts-repository';
import { seal, unseal } from './vault-session';

/** The client row's sealed payload: the client details, plus the case's list once there is one. */
type SealedClient = ClientIdentity & { caseTerms?: unknown };

/** The draft form id holding the list of a record that has no client details. */
export const CASE_TERMS_FORM_ID = 'case-terms';

function caseTermsDraftId(escalationId: string): string {
  return `case-terms-${escalationId}`;
}

function parsed(value: unknown): CaseTerms {
  const result = caseTermsSchema.safeParse(value);
  return result.success ? result.data : NO_CASE_TERMS;
}

/** The case's list of hidden and kept terms (empty when none was kept, or if it is damaged). */
export async function readCaseTerms(escalationId: string): Promise<CaseTerms> {
  const row = await getDatabase().clients.get(escalationId);
  if (!row) return parsed(await loadDraft<unknown>(caseTermsDraftId(escalationId)));
  const payload = await unseal<SealedClient>('clients', escalationId, row.sealed);
  return parsed(payload.caseTerms);
}

/** Thrown when the client row kept changing while the list was being saved. */
export class CaseTermsBusyError extends Error {
  constructor() {
    super('The client details kept changing while the list of hidden words was saved. Try again.');
  }
}

/**
 * Applies `update` to the case's list and stores the result, leaving the client details exactly as
 * they are (however they were amended). Encryption cannot run inside an IndexedDB transaction, so
 * the row is sealed first and then swapped in one transaction only if nobody rewrote it meanwhile
 * (an amendment of the client details, say); otherwise it is read again, up to three times.
 */
export async function updateCaseTerms(
  escalationId: string,
  update: (terms: CaseTerms) => CaseTerms,
): Promise<CaseTerms> {
  const db = getDatabase();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const row = await db.clients.get(escalationId);
    if (!row) {
      const next = update(await readCaseTerms(escalationId));
      await saveDraft(caseTermsDraftId(escalationId), CASE_TERMS_FORM_ID, next, new Date());
      return next;
    }
    const payload = await unseal<SealedClient>('clients', escalationId, row.sealed);
    const next = update(parsed(payload.caseTerms));
    const sealed = await seal('clients', escalationId, { ...payload, caseTerms: next });
    const written = await db.transaction('rw', db.clients, async () => {
      const current = await db.clients.get(escalationId);
      if (!current || JSON.stringify(current.sealed) !== JSON.stringify(row.sealed)) return false;
      await db.clients.put({ escalationId, sealed });
      return true;
    });
    if (written) return next;
  }
  throw new CaseTermsBusyError();
}
