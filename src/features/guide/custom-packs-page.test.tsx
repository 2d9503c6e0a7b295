import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getDatabase } from '../../data/database';
import wiltshire from '../../domain/policy/packs/wiltshire-scb-2013.json';
import { dropDatabase, openFreshDatabase, renderGuide } from './guide-test-utils';

beforeEach(openFreshDatabase);
afterEach(dropDatabase);

/** A valid pack of a partnership that is not built in. */
function customPack(changes: Record<string, unknown> = {}) {
  return {
    ...structuredClone(wiltshire),
    id: 'exampleshire-scp-2025',
    partnership: { ...wiltshire.partnership, name: 'Exampleshire Safeguarding Partnership' },
    ...changes,
  };
}

function jsonFile(content: string, name = 'pack.json'): File {
  return new File([content], name, { type: 'application/json' });
}

async function importFile(file: File) {
  const user = userEvent.setup();
  renderGuide('/guides/custom');
  await user.upload(await screen.findByLabelText('Policy pack file'), file);
  await user.click(screen.getByRole('button', { name: 'Check and add this policy' }));
}

async function problems(): Promise<string[]> {
  const summary = await screen.findByRole('alert');
  expect(within(summary).getByRole('heading', { name: 'This file was not added' })).toBeTruthy();
  return within(summary)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

async function expectNothingSaved() {
  expect(await getDatabase().customPacks.count()).toBe(0);
  expect(await screen.findByText('No policies have been imported on this device.')).toBeTruthy();
}

describe('loading a partnership’s own policy', () => {
  it('refuses text that is not JSON and saves nothing', async () => {
    await importFile(jsonFile('{ "format": "escalate-policy-pack", '));
    const listed = await problems();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(/^The file is not valid JSON/);
    await expectNothingSaved();
  });

  it('names an unknown field by its path', async () => {
    await importFile(jsonFile(JSON.stringify(customPack({ colour: 'blue' }))));
    expect(await problems()).toEqual([
      'colour: "colour" is not a field here; remove it or check its spelling',
    ]);
    await expectNothingSaved();
  });

  it('names a duplicate stage id by its path', async () => {
    const pack = customPack();
    const [first, second] = pack.stages;
    if (!first || !second) throw new Error('the pack needs two stages');
    second.id = first.id;
    await importFile(jsonFile(JSON.stringify(pack)));
    const listed = await problems();
    expect(listed.some((message) => message.startsWith('stages[1].id: duplicate'))).toBe(true);
    await expectNothingSaved();
  });

  it('refuses a 20 MB file before reading it', async () => {
    const file = jsonFile('{}', 'huge.json');
    Object.defineProperty(file, 'size', { value: 20 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');
    await importFile(file);
    expect(await problems()).toEqual([
      'The file is 20.0 MB; a policy pack can be at most 2 MB. Policy packs are small text files, so this is probably not a policy pack.',
    ]);
    expect(read).not.toHaveBeenCalled();
    await expectNothingSaved();
  });

  it.each([0, 1])(
    'refuses a pack that reuses a built-in id (version raised by %i), saying why',
    async (raise) => {
      const reused = { ...wiltshire, version: wiltshire.version + raise };
      await importFile(jsonFile(JSON.stringify(reused)));
      const listed = await problems();
      expect(listed[0]).toMatch(
        /^id: "wiltshire-scb-2013" is the id of a policy built into Escalate, and a built-in guide is never replaced/,
      );
      await expectNothingSaved();
    },
  );

  it('adds a valid pack, lists it, and deletes it after asking', async () => {
    const user = userEvent.setup();
    await importFile(jsonFile(JSON.stringify(customPack())));
    const banner = await screen.findByRole('status', { name: 'Policy added' });
    expect(banner.textContent).toContain('Exampleshire Safeguarding Partnership (version 1)');
    const list = await screen.findByRole('heading', {
      level: 3,
      name: 'Exampleshire Safeguarding Partnership',
    });
    expect(await getDatabase().customPacks.count()).toBe(1);
    const card = within(list.closest('li') as HTMLElement);
    expect(card.getByRole('button', { name: /^Export/ })).toBeTruthy();

    await user.click(card.getByRole('button', { name: /^Delete/ }));
    await user.click(card.getByRole('button', { name: 'Cancel' }));
    await user.click(card.getByRole('button', { name: /^Delete/ }));
    await user.click(card.getByRole('button', { name: 'Yes, delete it' }));
    await screen.findByRole('status', { name: 'Policy deleted' });
    await waitFor(() =>
      expect(screen.getByText('No policies have been imported on this device.')).toBeTruthy(),
    );
  });

  it('opens an imported pack’s guide at its newest version', async () => {
    const rows = [1, 2].map((version) => ({
      id: 'exampleshire-scp-2025',
      version,
      importedAt: '2026-11-24T10:00:00.000Z',
      pack: customPack({ version, title: `Exampleshire escalation policy, version ${version}` }),
      origin: 'imported' as const,
    }));
    await getDatabase().customPacks.bulkPut(rows);
    renderGuide('/guides/exampleshire-scp-2025');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Exampleshire escalation policy, version 2',
      }),
    ).toBeTruthy();
  });
});
