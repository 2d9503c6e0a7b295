import { describe, expect, it } from 'vitest';
import {
  SAMPLE_CLIENT,
  sampleEscalation,
} from '../../../test/fixtures/escalations/sample-escalation';
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import { amendClientDetails, describeClientChanges, readableChange } from './client-amendment';

const NOW = '2026-11-23T10:00:00.000Z' as IsoDateTime;
const base = { escalation: sampleEscalation(), before: SAMPLE_CLIENT, now: NOW, by: '', id: 'a1' };

describe('client amendments', () => {
  it('says what changed, field by field', () => {
    const after = {
      ...SAMPLE_CLIENT,
      child: { ...SAMPLE_CLIENT.child, preferredName: 'Tam' },
      siblings: [{ firstName: 'Perrin' }],
      address: { line1: '2 Mill Lane', town: 'Wexbury', postcode: 'WX4 9ZZ' },
    };
    expect(describeClientChanges(SAMPLE_CLIENT, after)).toEqual([
      'Preferred name or nickname added: Tam',
      'Sibling added: Perrin',
      'Address changed from 14 Lanternfield Road, Wexbury, WX4 2QJ to 2 Mill Lane, Wexbury, WX4 9ZZ',
    ]);
  });

  it('writes dates as the rest of the record does: "born 5 May 2021", not "born 2021-05-05"', () => {
    const before = {
      ...SAMPLE_CLIENT,
      child: { ...SAMPLE_CLIENT.child, dob: '2015-03-02' as IsoDate },
    };
    const after = {
      ...before,
      child: { ...before.child, dob: '2015-03-12' as IsoDate, edd: '2027-01-09' as IsoDate },
      siblings: [{ firstName: 'Tilly', lastName: 'Pellworth', dob: '2021-05-05' as IsoDate }],
    };
    expect(describeClientChanges(before, after)).toEqual([
      'Date of birth changed from 2 March 2015 to 12 March 2015',
      'Expected date of delivery added: 9 January 2027',
      'Sibling added: Tilly Pellworth, born 5 May 2021',
    ]);
  });

  it('shows the dates of amendments kept before in words, and nothing the user typed otherwise', () => {
    expect(readableChange('Sibling added: Tilly Pellworth, born 2021-05-05')).toBe(
      'Sibling added: Tilly Pellworth, born 5 May 2021',
    );
    expect(readableChange('Family member removed: Ina Pellworth (aunt), born 1990-12-01')).toBe(
      'Family member removed: Ina Pellworth (aunt), born 1 December 1990',
    );
    expect(readableChange('Date of birth changed from 2015-03-02 to 2015-03-12')).toBe(
      'Date of birth changed from 2 March 2015 to 12 March 2015',
    );
    expect(readableChange('Expected date of delivery removed (was 2027-01-09)')).toBe(
      'Expected date of delivery removed (was 9 January 2027)',
    );
    // Already in words, or typed by the user: shown as kept.
    expect(readableChange('Sibling added: Tilly Pellworth, born 5 May 2021')).toBe(
      'Sibling added: Tilly Pellworth, born 5 May 2021',
    );
    expect(readableChange('Address changed from Flat 2021-05 to Unit 2021-05-05 Mill')).toBe(
      'Address changed from Flat 2021-05 to Unit 2021-05-05 Mill',
    );
  });

  it('moves the revision on and audits the kinds of change without the values', () => {
    const amended = amendClientDetails({
      ...base,
      after: { ...SAMPLE_CLIENT, siblings: [{ firstName: 'Perrin' }] },
    });
    if (!amended.ok) throw new Error(amended.error.message);
    expect(amended.value.escalation.revision).toBe(2);
    expect(amended.value.escalation.updatedAt).toBe(NOW);
    expect(amended.value.amendment.previous).toBe(SAMPLE_CLIENT);
    expect(amended.value.audit.action).toBe('client-details-amended');
    expect(amended.value.audit.detail).toContain('sibling');
    expect(amended.value.audit.detail).not.toContain('Perrin');
  });

  it('refuses a save that changes nothing, a blank first name, and a closed record', () => {
    expect(amendClientDetails({ ...base, after: SAMPLE_CLIENT })).toMatchObject({
      ok: false,
      error: { code: 'no-changes' },
    });
    const blank = { ...SAMPLE_CLIENT, child: { ...SAMPLE_CLIENT.child, firstName: ' ' } };
    expect(amendClientDetails({ ...base, after: blank })).toMatchObject({
      ok: false,
      error: { code: 'required', field: 'child.firstName' },
    });
    const closed = sampleEscalation({ status: 'withdrawn' });
    expect(
      amendClientDetails({ ...base, escalation: closed, after: { ...SAMPLE_CLIENT, school: 'X' } }),
    ).toMatchObject({ ok: false, error: { code: 'record-closed' } });
  });
});
