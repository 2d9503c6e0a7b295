// Each tab gets its own start-form draft: two open tabs never share one, and a draft whose tab has
// closed is taken up again so nothing typed is lost.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeTestVault, openTestVault } from '../../test/fixtures/vault/test-vault';
import type { EscalateDatabase } from './db';
import { claimDraft, loadDraft, saveDraft } from './drafts-repository';

/** Web Locks as browsers give them to separate tabs: one holder per name, `ifAvailable` honoured. */
function fakeLocks(): LockManager {
  const held = new Set<string>();
  return {
    request: (async (
      name: string,
      options: LockOptions,
      callback: (lock: Lock | null) => Promise<unknown>,
    ) => {
      if (held.has(name)) {
        if (options.ifAvailable) return callback(null);
        throw new Error('the fake only supports ifAvailable');
      }
      held.add(name);
      try {
        return await callback({ name, mode: 'exclusive' });
      } finally {
        held.delete(name);
      }
    }) as LockManager['request'],
    query: async () => ({ held: [], pending: [] }),
  };
}

let db: EscalateDatabase;

beforeEach(async () => {
  vi.stubGlobal('navigator', { locks: fakeLocks() });
  db = await openTestVault('draft-claims', 'draft claims passphrase');
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await closeTestVault(db);
});

describe('claimDraft', () => {
  it('gives two open tabs two different drafts', async () => {
    const first = await claimDraft('start-escalation');
    const second = await claimDraft('start-escalation');
    expect(first.id).not.toBe(second.id);
    await saveDraft(first.id, 'start-escalation', { child: 'Tamsin' }, new Date());
    expect(await loadDraft(second.id)).toBeUndefined();
    // While the first tab is open, a third tab does not take its draft either.
    const third = await claimDraft('start-escalation');
    expect([first.id, second.id]).not.toContain(third.id);
  });

  it('takes up the draft of a tab that has closed', async () => {
    const closed = await claimDraft('start-escalation');
    await saveDraft(closed.id, 'start-escalation', { child: 'Tamsin' }, new Date());
    closed.release();
    await Promise.resolve();
    const reopened = await claimDraft('start-escalation');
    expect(reopened.id).toBe(closed.id);
    expect(await loadDraft(reopened.id)).toEqual({ child: 'Tamsin' });
  });
});
