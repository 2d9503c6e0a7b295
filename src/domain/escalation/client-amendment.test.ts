import { describe, expect, it } from 'vitest';
import {
  SAMPLE_CLIENT,
  sampleEscalation,
} from '../../../test/fixtures/escalations/sample-escalation';
import type { IsoDateTime } from '../calendar/iso-date';
import { amendClientDetails, describeClientChanges } from './client-amendment';

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
