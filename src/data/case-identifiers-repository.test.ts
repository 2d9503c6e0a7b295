// The case's list of hidden and kept terms is sealed with the client details and leaves them intact.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SAMPLE_CLIENT,
  sampleAudit,
  sampleEscalation,
} from '../../test/fixtures/escalations/sample-escalation';
import { hideEverywhere, keepEverywhere } from '../domain/redaction/case-terms';
import { readCaseTerms, updateCaseTerms } from './case-identifiers-repository';
import { type EscalateDatabase } from './db';
import { createEscalationRecord, getClientIdentity } from './escalations-repository';
import { closeTestVault, openTestVault } from '../../test/fixtures/vault/test-vault';

let db: EscalateDatabase;

beforeEach(async () => {
  db = await openTestVault('escalate-test');
});

afterEach(() => closeTestVault(db));

async function rawClients(): Promise<string> {
  return JSON.stringify(await db.clients.toArray(), (_key, value: unknown) =>
    value instanceof Uint8Array ? new TextDecoder('utf-8', { fatal: false }).decode(value) : value,
  );
}

describe('the case identifier list', () => {
  it('is sealed inside the client row and leaves the client details as they were', async () => {
    const escalation = sampleEscalation();
    await createEscalationRecord({ escalation, client: SAMPLE_CLIENT, audit: sampleAudit() });
    await updateCaseTerms(escalation.id, (terms) => hideEverywhere(terms, 'Lulu Zyxwvut'));
    await updateCaseTerms(escalation.id, (terms) => keepEverywhere(terms, 'Safeguarding'));
    expect(await readCaseTerms(escalation.id)).toEqual({
      hidden: [{ text: 'Lulu Zyxwvut', type: null, replacement: '[redacted]' }],
      kept: ['Safeguarding'],
    });
    expect(await getClientIdentity(escalation.id)).toMatchObject(SAMPLE_CLIENT);
    expect(await rawClients()).not.toContain('Zyxwvut');
  });

  it('is kept for a record without client details too', async () => {
    const escalation = sampleEscalation();
    await createEscalationRecord({ escalation, client: null, audit: sampleAudit() });
    await updateCaseTerms(escalation.id, (terms) => hideEverywhere(terms, 'Lulu'));
    expect((await readCaseTerms(escalation.id)).hidden.map((term) => term.text)).toEqual(['Lulu']);
    expect(await getClientIdentity(escalation.id)).toBeNull();
  });

  it('is empty for a case nobody has reviewed', async () => {
    const escalation = sampleEscalation();
    await createEscalationRecord({ escalation, client: SAMPLE_CLIENT, audit: sampleAudit() });
    expect(await readCaseTerms(escalation.id)).toEqual({ hidden: [], kept: [] });
  });
});
