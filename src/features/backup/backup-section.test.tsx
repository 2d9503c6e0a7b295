// Settings → Backup: the status line follows a backup made while the page is open; making a backup
// and restoring one each end with focus on the message saying what happened, and a restore that
// fails with focus on the error summary.
import { Blob as NodeBlob } from 'node:buffer';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as backupRepository from '../../data/backup-repository';
import { createBackupFile, LAST_BACKUP_SETTING } from '../../data/backup-repository';
import { setDatabaseForTests } from '../../data/database';
import { createDatabase, type EscalateDatabase } from '../../data/db';
import { lock, resetVaultSessionForTests, setUpVault } from '../../data/vault-session';
import { downloadFile } from '../../ui/download';
import { BackupSection } from './backup-section';

const restoreFails = vi.hoisted(() => ({ next: false }));

// The browser's download, which jsdom cannot make; the test checks a file was handed to it.
vi.mock('../../ui/download', () => ({ downloadFile: vi.fn() }));
// A restore that fails part-way, when a test asks for one.
vi.mock('../../data/backup-repository', async (importOriginal) => {
  const actual = await importOriginal<typeof backupRepository>();
  return {
    ...actual,
    restoreBackupContent: async (...args: Parameters<typeof actual.restoreBackupContent>) => {
      if (restoreFails.next) throw new Error('QuotaExceededError');
      return actual.restoreBackupContent(...args);
    },
  };
});

const PASSPHRASE = 'correct horse battery staple';
const BACKUP_PASSPHRASE = 'tidal granite wren lantern';
let db: EscalateDatabase | undefined;

beforeEach(async () => {
  resetVaultSessionForTests();
  db = createDatabase(`escalate-backup-test-${Math.random()}`);
  setDatabaseForTests(db);
  await setUpVault(PASSPHRASE, { iterations: 100_000 });
  restoreFails.next = false;
});

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.mocked(downloadFile).mockReset();
  await lock();
  cleanup();
  await db?.delete();
  setDatabaseForTests(undefined);
});

function renderSection() {
  render(
    <MemoryRouter>
      <BackupSection />
    </MemoryRouter>,
  );
}

/**
 * Backup files are gzipped through Blob streams, which jsdom's Blob lacks: Node's Blob stands in
 * while a test makes or reads one.
 */
function withNodeBlob() {
  vi.stubGlobal('Blob', NodeBlob);
}

describe('the backup status', () => {
  it('updates as soon as a backup is made, without reopening the page', async () => {
    renderSection();
    expect(await screen.findByText('You have not made a backup on this device yet.')).toBeTruthy();
    // What making a backup writes (createBackupFile's last step; its file needs streams jsdom lacks).
    await db?.settings.put({ key: LAST_BACKUP_SETTING, value: new Date().toISOString() });
    expect(await screen.findByText(/^Last backup: /)).toBeTruthy();
    expect(screen.queryByText('You have not made a backup on this device yet.')).toBeNull();
  });
});

describe('where focus goes after a backup is made or restored', () => {
  it('moves focus to the message saying the backup was saved', async () => {
    withNodeBlob();
    const user = userEvent.setup();
    renderSection();
    await user.type(await screen.findByLabelText('Your Escalate passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Download backup' }));

    const message = await screen.findByText(
      /^Backup saved as escalate-backup-.*\.escalate\./,
      {},
      {
        timeout: 15_000,
      },
    );
    expect(downloadFile).toHaveBeenCalledTimes(1);
    expect(message.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(message);
  });

  async function checkBackup(user: ReturnType<typeof userEvent.setup>) {
    withNodeBlob();
    const bytes = await createBackupFile(BACKUP_PASSPHRASE, new Date(), '0.2.0', {
      iterations: 100_000,
    });
    renderSection();
    await user.upload(
      await screen.findByLabelText('Backup file'),
      new File([bytes.slice()], 'escalate-backup-2026-11-22.escalate'),
    );
    await user.type(screen.getByLabelText('The backup’s passphrase'), BACKUP_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Check backup' }));
    await screen.findByRole('heading', { name: 'This backup contains' }, { timeout: 15_000 });
  }

  it('moves focus to the message saying the backup was merged', async () => {
    const user = userEvent.setup();
    await checkBackup(user);
    await act(() => user.click(screen.getByRole('button', { name: 'Merge this backup' })));

    const message = await screen.findByText(/^Backup restored: /);
    expect(message.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(message);
  });

  it('keeps focus on the error summary when the restore fails', async () => {
    const user = userEvent.setup();
    await checkBackup(user);
    restoreFails.next = true;
    await act(() => user.click(screen.getByRole('button', { name: 'Merge this backup' })));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toMatch(/could not be restored, so nothing on this device/);
    expect(document.activeElement).toBe(summary);
  });
});
