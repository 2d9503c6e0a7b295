import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setDatabaseForTests } from '../../data/database';
import { createDatabase, type EscalateDatabase } from '../../data/db';
import { readSetting } from '../../data/settings-repository';
import { saveChosenPackId, saveMyService, type MyService } from '../../data/my-service-repository';
import { MyServiceSection } from './my-service-section';

let database: EscalateDatabase;

beforeEach(() => {
  database = createDatabase(`settings-test-${crypto.randomUUID()}`);
  setDatabaseForTests(database);
});

afterEach(async () => {
  setDatabaseForTests(undefined);
  await database.delete();
});

describe('Settings → My service', () => {
  it('saves my name, agency type, role and organisation, and how lists show clients', async () => {
    const user = userEvent.setup();
    render(<MyServiceSection />);
    await user.selectOptions(
      await screen.findByLabelText('Agency type'),
      'Schools, colleges and early years settings',
    );
    await user.type(screen.getByLabelText('My role'), 'Designated Safeguarding Lead');
    await user.type(screen.getByLabelText('My agency or organisation'), 'Hillside Primary');
    await user.type(screen.getByLabelText('My name'), 'Robin Testperson');
    await user.click(screen.getByRole('radio', { name: 'Their initials only' }));
    await user.click(screen.getByRole('button', { name: 'Save my service' }));
    await waitFor(() => expect(screen.getAllByRole('status')[0]?.textContent).toMatch(/^Saved/));
    expect(await readSetting('myService.profile', null)).toEqual({
      agencyType: 'education',
      role: 'Designated Safeguarding Lead',
      agency: 'Hillside Primary',
      name: 'Robin Testperson',
      showClients: 'initials',
    });
  });

  it('shows an error summary for a role that is too long', async () => {
    const user = userEvent.setup();
    render(<MyServiceSection />);
    const role = await screen.findByLabelText('My role');
    await user.click(role);
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Save my service' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe(
      'Your role must be 200 characters or fewer',
    );
    expect(await readSetting('myService.profile', null)).toBeNull();
  });

  it('reads the agency-type list’s error with the list, and saves the type chosen instead', async () => {
    await saveMyService({ role: 'Manager' });
    const user = userEvent.setup();
    render(<MyServiceSection />);
    const list = await screen.findByRole('combobox', { name: 'Agency type' });
    // Every choice the list offers is valid (a stored type it does not know is dropped on reading),
    // so only a value put into the page from outside can be refused: add one to see the error.
    const stranger = document.createElement('option');
    stranger.value = 'nursery';
    stranger.textContent = 'Nursery';
    list.append(stranger);
    await user.selectOptions(list, 'Nursery');
    await user.click(screen.getByRole('button', { name: 'Save my service' }));
    const summary = await screen.findByRole('alert');
    const message = 'Choose your agency type from the list, or “Not set”';
    expect(within(summary).getByRole('link').textContent).toBe(message);
    expect(list.getAttribute('aria-invalid')).toBe('true');
    expect(list.getAttribute('aria-describedby')?.split(' ')).toEqual([
      'my-service-agencyType-hint',
      'my-service-agencyType-error',
    ]);
    expect(document.getElementById('my-service-agencyType-error')?.textContent).toBe(
      `Error: ${message}`,
    );
    expect(await readSetting<MyService | null>('myService.profile', null)).toMatchObject({
      agencyType: null,
    });

    await user.selectOptions(list, 'Police');
    await user.click(screen.getByRole('button', { name: 'Save my service' }));
    await waitFor(() => expect(screen.getAllByRole('status')[0]?.textContent).toMatch(/^Saved/));
    expect(list.getAttribute('aria-invalid')).toBeNull();
    expect(await readSetting('myService.profile', null)).toMatchObject({
      agencyType: 'police',
      role: 'Manager',
    });
  });

  it('saves my service’s name for each slot of the chosen policy', async () => {
    await saveChosenPackId('wiltshire-scb-2013');
    const user = userEvent.setup();
    render(<MyServiceSection />);
    expect(((await screen.findByLabelText('Policy')) as HTMLSelectElement).value).toBe(
      'wiltshire-scb-2013',
    );
    const slots = await screen.findAllByLabelText('In my service this is …');
    expect(slots).toHaveLength(3);
    // No agency type chosen yet: the early-years example says whom it is for.
    expect(screen.getByText(/The policy’s example, for schools[^:]*: Play Leader\./)).toBeTruthy();
    await user.type(slots[1] as HTMLElement, 'Nursery manager');
    await user.click(screen.getByRole('button', { name: 'Save names for WSCB' }));
    await screen.findByText('Saved. The WSCB guide shows these names.');
    expect(await readSetting('myService.slots.wiltshire-scb-2013', null)).toEqual({
      'wilts-slot-stage-one': 'Nursery manager',
    });
  });

  it('gives Wiltshire’s early-years examples to schools and early years, not to health', async () => {
    await saveChosenPackId('wiltshire-scb-2013');
    await saveMyService({ agencyType: 'education' });
    const { unmount } = render(<MyServiceSection />);
    expect(await screen.findByText(/For example: Play Leader\./)).toBeTruthy();
    unmount();
    await saveMyService({ agencyType: 'health' });
    render(<MyServiceSection />);
    await screen.findAllByLabelText('In my service this is …');
    expect(screen.queryByText(/Play Leader/)).toBeNull();
  });

  it('switches to another policy’s slots', async () => {
    const user = userEvent.setup();
    render(<MyServiceSection />);
    await user.selectOptions(
      await screen.findByLabelText('Policy'),
      'Lincolnshire Safeguarding Children Board',
    );
    await screen.findByRole('button', { name: 'Save names for Lincolnshire SCB' });
    // My name, role and agency, then Lincolnshire's two slots.
    expect(screen.getAllByRole('textbox')).toHaveLength(3 + 2);
  });
});
