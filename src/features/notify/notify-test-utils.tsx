// Shared set-up for the notify page's tests: a fresh database and vault, a synthetic record under
// South Tyneside's form, and helpers to find a field's parts and check every field.
import { cleanup, render, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { sampleEscalation } from '../../../test/fixtures/notifications/sample-escalation';
import { setDatabaseForTests } from '../../data/database';
import { createDatabase, type EscalateDatabase } from '../../data/db';
import { lock, setUpVault } from '../../data/vault-session';
import type { IsoDate } from '../../domain/calendar/iso-date';
import type { ClientIdentity } from '../../domain/escalation/escalation';
import { findBuiltInPack } from '../../domain/policy/built-in-packs';
import type { PolicyPack } from '../../domain/policy/policy-pack';
import { NotifyWorkspace } from './notify-page';

export const CLIENT: ClientIdentity = {
  child: {
    firstName: 'Tallulah',
    lastName: 'Quibbleworth',
    preferredName: 'Lulu',
    dob: '2019-03-14' as IsoDate,
  },
  familyMembers: [{ firstName: 'Morwenna', lastName: 'Quibbleworth', relationship: 'mother' }],
  address: { line1: '7 Pumpernickel Lane', town: 'Fictionham', postcode: 'FX9 9ZZ' },
};

export const CLIENT_WORDS = [
  'Tallulah',
  'Lulu',
  'Quibbleworth',
  'Morwenna',
  'Pumpernickel',
  'FX9 9ZZ',
];

let db: EscalateDatabase | undefined;

/** A fresh database with an unlocked vault. */
export async function openTestVault(): Promise<void> {
  // Dexie's in-memory cache clones rows with its own realm's typed arrays, which under jsdom are
  // not fake-indexeddb's; reading through to the database each time keeps the sealed bytes intact.
  const options = { cache: 'disabled' } as Parameters<typeof createDatabase>[1];
  db = createDatabase(`notify-test-${crypto.randomUUID()}`, options);
  setDatabaseForTests(db);
  await setUpVault('correct horse battery staple', { iterations: 100_000 });
}

/**
 * Locks (which saves pending drafts), unmounts what the test rendered and lets its last work settle,
 * then deletes the test database: nothing mounted may still be reading or saving once it is gone.
 */
export async function closeTestVault(): Promise<void> {
  await lock();
  cleanup();
  await new Promise((settle) => setTimeout(settle, 50));
  await db?.delete();
  setDatabaseForTests(undefined);
}

export function southTyneside(): PolicyPack {
  const pack = findBuiltInPack('south-tyneside-joint-2024');
  if (!pack) throw new Error('no South Tyneside pack');
  return pack;
}

type Sample = ReturnType<typeof sampleEscalation>;

/** The notify page for a one-stage South Tyneside record at `revision`, changed by `edit`. */
export function renderNotify(revision = 12, edit: (sample: Sample) => Sample = (sample) => sample) {
  const pack = southTyneside();
  const sample = edit(sampleEscalation(pack, { stageCount: 1, discussionsPerStage: 1 }));
  const record = {
    escalation: { ...sample.escalation, revision },
    discussions: sample.discussions,
    client: CLIENT,
  };
  const view = render(
    <MemoryRouter>
      <NotifyWorkspace record={record} pack={pack} />
    </MemoryRouter>,
  );
  return { ...view, pack, record };
}

/** The review section of one field. */
export function field(label: string | RegExp): HTMLElement {
  return screen.getByRole('group', { name: label });
}

/** "Exactly what will print" for one field: the block under that heading. */
export function printed(label: string | RegExp): string {
  const heading = within(field(label)).getByRole('heading', { name: 'Exactly what will print' });
  return heading.nextElementSibling?.textContent ?? '';
}

/**
 * Fills the fields typed at notification time (pasted, as one change each) and confirms every
 * field with "I have read every field as it will print".
 */
export async function checkEveryField(user: UserEvent) {
  const typed = await screen.findAllByRole('textbox', { name: /^What to print/ });
  for (const box of typed) {
    await user.click(box);
    await user.paste('Team manager, Northshire');
  }
  await user.click(
    screen.getByRole('button', { name: 'I have read every field as it will print' }),
  );
}

export function prepareButton(): HTMLButtonElement {
  return screen.getByRole('button', { name: 'Prepare notification' });
}
