// Settings → Backup: the status line follows a backup made while the page is open.
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LAST_BACKUP_SETTING } from '../../data/backup-repository';
import { setDatabaseForTests } from '../../data/database';
import { createDatabase, type EscalateDatabase } from '../../data/db';
import { lock, resetVaultSessionForTests, setUpVault } from '../../data/vault-session';
import { BackupSection } from './backup-section';

const PASSPHRASE = 'correct horse battery staple';
let db: EscalateDatabase | undefined;

beforeEach(async () => {
  resetVaultSessionForTests();
  db = createDatabase(`escalate-backup-test-${Math.random()}`);
  setDatabaseForTests(db);
  await setUpVault(PASSPHRASE, { iterations: 100_000 });
});

afterEach(async () => {
  await lock();
  cleanup();
  await db?.delete();
  setDatabaseForTests(undefined);
});

describe('the backup status', () => {
  it('updates as soon as a backup is made, without reopening the page', async () => {
    render(
      <MemoryRouter>
        <BackupSection />
      </MemoryRouter>,
    );
    expect(await screen.findByText('You have not made a backup on this device yet.')).toBeTruthy();
    // What making a backup writes (createBackupFile's last step; its file needs streams jsdom lacks).
    await db?.settings.put({ key: LAST_BACKUP_SETTING, value: new Date().toISOString() });
    expect(await screen.findByText(/^Last backup: /)).toBeTruthy();
    expect(screen.queryByText('You have not made a backup on this device yet.')).toBeNull();
  });
});
