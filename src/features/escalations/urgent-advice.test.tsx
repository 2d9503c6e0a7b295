// The advice shown at once when the user says the matter is urgent, headed by what they chose.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findBuiltInPack } from '../../domain/policy/built-in-packs';
import { UrgentAdvice } from './urgent-advice';

function pack(id: string) {
  const found = findBuiltInPack(id);
  if (!found) throw new Error(`No pack ${id}`);
  return found;
}

describe('urgent advice', () => {
  it('heads a suspected injury as such where the policy has only an imminent-risk route', () => {
    render(
      <UrgentAdvice pack={pack('wiltshire-scb-2013')} urgency="suspected-non-accidental-injury" />,
    );
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading.textContent).toMatch(/^Suspected non-accidental injury/);
    expect(heading.textContent).not.toMatch(/imminent risk/);
    expect(
      screen.getByText(/follows its urgent route “Child at imminent risk of harm”/),
    ).toBeTruthy();
  });

  it('heads with the policy’s own route where it has one for the choice', () => {
    render(
      <UrgentAdvice
        pack={pack('cambridgeshire-lscb-2013')}
        urgency="suspected-non-accidental-injury"
      />,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      'Possible non-accidental injury of an infant/young child',
    );
  });
});
