// Test support for the record pages: a fresh encrypted database per test, records started under a
// built-in policy with the real domain rules, and the pages rendered where the app mounts them.
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { setDatabaseForTests } from '../../../data/database';
import { createDatabase, type EscalateDatabase } from '../../../data/db';
import {
  createEscalationRecord,
  getDiscussions,
  getEscalation,
  saveEscalationChange,
} from '../../../data/escalations-repository';
import { lock, resetVaultSessionForTests, setUpVault } from '../../../data/vault-session';
import type { IsoDateTime } from '../../../domain/calendar/iso-date';
import type { ClientIdentity, Escalation } from '../../../domain/escalation/escalation';
import {
  applyCommand,
  creationAudit,
  startEscalation,
  type EscalationCommand,
} from '../../../domain/escalation/escalation-machine';
import { findBuiltInPack } from '../../../domain/policy/built-in-packs';
import type { PolicyPack } from '../../../domain/policy/policy-pack';
import { RecordRoutes } from './record-routes';

let db: EscalateDatabase | undefined;

/** A fresh database and an unlocked vault (cheap key derivation, for speed). */
export async function openTestVault(): Promise<void> {
  resetVaultSessionForTests();
  db = createDatabase(`escalate-record-test-${Math.random()}`);
  setDatabaseForTests(db);
  await setUpVault('correct horse battery staple', { iterations: 100_000 });
}

/**
 * Locks first (which saves any pending draft while the database is still open, and makes later
 * draft saves do nothing), then unmounts the pages, then deletes the database.
 */
export async function closeTestVault(): Promise<void> {
  await lock();
  cleanup();
  await db?.delete();
  setDatabaseForTests(undefined);
  db = undefined;
}

export function builtInPack(id: string): PolicyPack {
  const pack = findBuiltInPack(id);
  if (!pack) throw new Error(`No built-in pack ${id}`);
  return pack;
}

export const TEST_CLIENT: ClientIdentity = {
  child: { firstName: 'Tamsin', lastName: 'Quillfeather' },
};

/** Starts and stores a record (routine unless said) under `pack` at `now`, with one professional. */
export async function createTestRecord(
  pack: PolicyPack,
  now: string,
  urgency: Escalation['urgency'] = 'routine',
): Promise<Escalation> {
  const started = startEscalation(
    {
      raisedBy: {
        agencyType: 'education',
        role: 'Designated safeguarding lead',
        agency: 'Wexbury Primary',
      },
      categoryIds: pack.categories.slice(0, 1).map((category) => category.id),
      statement: {
        whatIsEscalated: 'The referral was closed without a home visit.',
        outcomeSought: 'A strategy discussion this week.',
        outcomeSoughtBy: null,
      },
      professionals: [
        {
          id: 'p1',
          name: 'Devika Marchbanks',
          role: 'Team manager',
          agency: 'Children’s social care',
          agencyType: 'childrens-social-care',
        },
      ],
      urgency,
    },
    pack,
    { now: now as IsoDateTime, id: crypto.randomUUID(), caseRef: 'ESC-7KQ4-M2XD' },
  );
  if (!started.ok) throw new Error(started.error.message);
  const escalation = started.value;
  await createEscalationRecord({
    escalation,
    client: TEST_CLIENT,
    audit: {
      ...creationAudit(escalation, pack),
      id: crypto.randomUUID(),
      escalationId: escalation.id,
    },
  });
  return escalation;
}

/** Applies and saves a command as another tab would, straight through the data layer. */
export async function changeElsewhere(
  id: string,
  pack: PolicyPack,
  command: EscalationCommand,
  now: string,
): Promise<Escalation> {
  const escalation = await getEscalation(id);
  if (!escalation) throw new Error(`No record ${id}`);
  const discussions = await getDiscussions(id);
  const result = applyCommand(escalation, command, pack, {
    now: now as IsoDateTime,
    newId: () => crypto.randomUUID(),
    discussions,
  });
  if (!result.ok) throw new Error(result.error.message);
  const { audit, discussion } = result.value;
  await saveEscalationChange({
    escalation: result.value.escalation,
    expectedRevision: escalation.revision,
    audit: { ...audit, id: crypto.randomUUID(), escalationId: id },
    ...(discussion ? { discussion } : {}),
  });
  return result.value.escalation;
}

/** Renders the record's pages at `path`, mounted as the app mounts them. */
export function renderRecordAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/escalations/:id/*" element={<RecordRoutes />} />
      </Routes>
    </MemoryRouter>,
  );
}

/**
 * The lifecycle every record test shares: the clock fixed at `now` (Date only, so timers and
 * IndexedDB run normally), a fresh database and unlocked vault before each test, closed after.
 */
export function setUpRecordTests(now: string): void {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    await openTestVault();
  });
  afterEach(async () => {
    await closeTestVault();
    vi.useRealTimers();
  });
}
