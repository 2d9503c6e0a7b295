// "Clear the form" sits next to "Start escalation", so one tap must be undoable; the optional
// choices for the partnership's themes are kept with the new record; the partnership and agency-type
// lists say their errors to a screen reader.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { getEscalation } from '../../data/escalations-repository';
import { builtInPack, setUpRecordTests } from './record/record-test-support';
import { StartEscalationPage } from './start-escalation-page';
import { expectTypingKeptAfterError } from '../../../test/fixtures/typing-after-error';

setUpRecordTests('2026-03-02T10:00:00.000Z');

describe('start an escalation: clear the form', () => {
  it('clears what was typed and brings it back on undo', async () => {
    render(
      <MemoryRouter>
        <StartEscalationPage />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    const what = await screen.findByLabelText(/What are you escalating/);
    await user.type(what, 'The referral was closed without a visit.');
    await user.click(screen.getByRole('button', { name: 'Clear the form' }));
    expect((screen.getByLabelText(/What are you escalating/) as HTMLTextAreaElement).value).toBe(
      '',
    );
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect((screen.getByLabelText(/What are you escalating/) as HTMLTextAreaElement).value).toBe(
      'The referral was closed without a visit.',
    );
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
  });
});

function StartedRecord() {
  return <p data-testid="started">{useParams().id}</p>;
}

/** The start page where the app mounts it, going on to the started record's id. */
function renderStartPage() {
  render(
    <MemoryRouter initialEntries={['/escalations/new']}>
      <Routes>
        <Route path="/escalations/new" element={<StartEscalationPage />} />
        <Route path="/escalations/:id" element={<StartedRecord />} />
      </Routes>
    </MemoryRouter>,
  );
}

/**
 * Puts `text` in a field as one change (a paste). Typing it key by key re-renders the whole form
 * for every character, which made these tests take a quarter to half of their timeout; what they
 * prove is what the form keeps, not how it takes keystrokes.
 */
async function enter(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function fillStartForm(user: ReturnType<typeof userEvent.setup>) {
  const pack = builtInPack('south-tyneside-joint-2024');
  await user.selectOptions(
    await screen.findByLabelText(/Which partnership’s policy are you following/),
    await screen.findByRole('option', { name: pack.partnership.name }),
  );
  await user.selectOptions(screen.getByLabelText(/Type of agency you work for/), 'education');
  await enter(user, screen.getByLabelText(/Your role/), 'Designated safeguarding lead');
  await enter(user, screen.getByLabelText(/Your organisation/), 'Wexbury Primary');
  const categories = screen.getByRole('group', { name: 'What is the disagreement about?' });
  await user.click(within(categories).getByRole('checkbox', { name: 'Management of risk' }));
  await enter(user, screen.getByLabelText(/What are you escalating/), 'The referral was closed.');
  await enter(user, screen.getByLabelText(/What outcome are you seeking/), 'A home visit.');
  const [firstName] = screen.getAllByLabelText(/First name/);
  if (!firstName) throw new Error('no first name field');
  await enter(user, firstName, 'Lulu');
}

describe('start an escalation: after a failed save', () => {
  it('keeps every key typed in Your role, and the next failed save focuses the summary', async () => {
    renderStartPage();
    const user = userEvent.setup();
    await screen.findByLabelText(/Your role/);
    await expectTypingKeptAfterError(
      user,
      screen.getByRole('button', { name: 'Start escalation' }),
      () => screen.getByLabelText(/Your role/),
      'Nurse',
    );
  });
});

describe('start an escalation: the choices for the partnership’s themes', () => {
  it('keeps the themes and agency types chosen at the start with the record', async () => {
    renderStartPage();
    const user = userEvent.setup();
    await fillStartForm(user);
    const about = screen.getByRole('group', {
      name: 'Which of the partnership’s themes is the disagreement about?',
    });
    await user.click(within(about).getByRole('checkbox', { name: 'Information sharing' }));
    const agencies = screen.getByRole('group', { name: /The other agencies involved, by type/ });
    await user.click(within(agencies).getByRole('checkbox', { name: 'Police' }));
    await user.click(within(agencies).getByRole('checkbox', { name: 'Children’s social care' }));
    await user.click(screen.getByRole('button', { name: 'Start escalation' }));

    const id = (await screen.findByTestId('started')).textContent ?? '';
    const stored = await getEscalation(id);
    expect(stored?.categoryIds).toEqual(['management-of-risk']);
    expect(stored?.themes).toEqual({
      about: ['information-sharing'],
      agencyTypes: ['childrens-social-care', 'police'],
    });
  });

  it('keeps no choices when none are made, so the notification counts the record', async () => {
    renderStartPage();
    const user = userEvent.setup();
    await fillStartForm(user);
    await user.click(screen.getByRole('button', { name: 'Start escalation' }));
    const id = (await screen.findByTestId('started')).textContent ?? '';
    const stored = await getEscalation(id);
    expect(stored).toBeDefined();
    expect(stored).not.toHaveProperty('themes');
  });
});

/** The words of the error that describes a form control, found through its aria-describedby. */
function describedError(control: HTMLElement): string | null | undefined {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((node) => node?.id.endsWith('-error'));
  return error?.textContent;
}

describe('start an escalation: the partnership and agency-type lists', () => {
  it('reads each list’s error with the list, and starts the record with the choices made', async () => {
    renderStartPage();
    const user = userEvent.setup();
    const partnership = await screen.findByRole('combobox', {
      name: 'Which partnership’s policy are you following?',
    });
    const agencyType = screen.getByRole('combobox', { name: 'Type of agency you work for' });
    await user.click(screen.getByRole('button', { name: 'Start escalation' }));

    await screen.findByRole('alert');
    expect(partnership.getAttribute('aria-invalid')).toBe('true');
    expect(describedError(partnership)).toBe(
      'Error: Choose the partnership whose policy you are following',
    );
    expect(agencyType.getAttribute('aria-invalid')).toBe('true');
    expect(describedError(agencyType)).toBe('Error: Choose the type of agency you work for');

    await fillStartForm(user);
    expect(partnership.getAttribute('aria-invalid')).toBeNull();
    expect(agencyType.getAttribute('aria-invalid')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start escalation' }));
    const id = (await screen.findByTestId('started')).textContent ?? '';
    const stored = await getEscalation(id);
    expect(stored?.packId).toBe('south-tyneside-joint-2024');
    expect(stored?.raisedBy.agencyType).toBe('education');
  });
});
