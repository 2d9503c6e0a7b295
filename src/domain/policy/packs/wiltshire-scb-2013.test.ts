import { describe, expect, it } from 'vitest';
import { findBuiltInPack } from '../built-in-packs';

const pack = findBuiltInPack('wiltshire-scb-2013');
if (!pack) throw new Error('The Wiltshire pack should be built in');

describe('Wiltshire Safeguarding Children Board pack (June 2013)', () => {
  it('identifies the partnership and dates the policy to June 2013', () => {
    expect(pack.partnership).toEqual({
      name: 'Wiltshire Safeguarding Children Board',
      shortName: 'WSCB',
      area: 'Wiltshire',
      audience: 'children',
    });
    expect(pack.provenance.published).toBe('2013-06');
    expect(pack.provenance.sourceVersion).toBe('Final June 2013');
  });

  it('lists the four areas where disagreements most often arise', () => {
    expect(pack.categories.map((category) => category.label)).toEqual([
      'Levels of Need',
      'Roles and responsibilities',
      'The need for action',
      'Communication',
    ]);
  });

  it('has pre-escalation and stages one to three, named as the policy names them', () => {
    expect(pack.stages.map((stage) => [stage.label, stage.title])).toEqual([
      ['Pre-escalation', 'Professional : Professional'],
      ['Stage One', 'Manager: Manager'],
      ['Stage Two', 'Senior Manager: Senior Manager'],
      ['Stage Three', 'Refer via the WSCB'],
    ]);
    expect(pack.stages.map((stage) => stage.ifUnresolved.nextStageId)).toEqual([
      'stage-one',
      'stage-two',
      'stage-three',
      null,
    ]);
  });

  it('sets no fixed timescale for any stage', () => {
    expect(pack.stages.map((stage) => stage.timescale.kind)).toEqual([
      'none-stated',
      'none-stated',
      'none-stated',
      'none-stated',
    ]);
  });

  it('names the senior manager and the nominated WSCB representatives by role', () => {
    expect(pack.stages[2]?.roles.map((role) => role.role)).toEqual([
      'senior service manager (sometimes referred to as a tier 3 manager)',
      'named safeguarding lead',
    ]);
    expect(pack.stages[3]?.roles.map((role) => role.role)).toEqual([
      'Designated Nurse Consultant Safeguarding Children',
      'Head of Safeguarding Quality Assurance',
    ]);
  });

  it('sends a child at imminent risk of harm straight to the WSCB nominated persons', () => {
    expect(pack.urgentRoutes).toHaveLength(1);
    const route = pack.urgentRoutes[0];
    expect(route?.situation).toBe('imminent-risk');
    expect(route?.timescale).toEqual({ kind: 'immediate' });
    expect(route?.directoryIds).toEqual(['wscb-contacts']);
  });

  it('has exactly the seven columns of the Notification of an Escalation form, in order', () => {
    expect(pack.notificationForm.origin).toBe('partnership');
    expect(pack.notificationForm.layout).toBe('table-row');
    expect(pack.notificationForm.fields.map((field) => field.label)).toEqual([
      'Date',
      'Escalation Stage',
      'Name and agency of professionals involved',
      'Issue/Concern',
      'Record of discussions',
      'Outcome',
      'Date referred to WSCB (if necessary)',
    ]);
    expect(pack.notificationForm.fields.at(-1)?.required).toBe(false);
  });

  it('has the manager who resolved it send the form to the WSCB mailbox on resolution', () => {
    const form = pack.notificationForm;
    expect(form.trigger).toMatchObject({ event: 'resolved', atStageId: null });
    expect(form.completedBy.text).toBe('The manager who resolved the concern.');
    expect(form.recipient.mailbox).toBe('LSCB@wiltshire.gov.uk');
    expect(form.sending.map((step) => step.text).join(' ')).toMatch(/secure means/);
    expect(form.sending.map((step) => step.text).join(' ')).toMatch(/Anonymise the client/);
  });

  it('lists the WSCB contacts by role with their 2013 telephone numbers', () => {
    const directory = pack.directories[0];
    if (directory?.kind !== 'contacts') throw new Error('expected the WSCB contacts table');
    expect(directory.published).toBe('2013-06');
    expect(directory.entries.map((entry) => [entry.role, entry.phone ?? entry.mailbox])).toEqual([
      ['WSCB mailbox', 'LSCB@wiltshire.gov.uk'],
      ['Designated Nurse Consultant Safeguarding Children', '01380 733908'],
      ['Head of Safeguarding Quality Assurance', '01225 713946'],
      ['Safeguarding Quality Assurance Business Support', '01225 718093'],
      ['Safeguarding Quality Assurance Business Support', '01225 716604'],
    ]);
  });

  it('keeps only the generic WSCB mailbox, never a person’s e-mail address', () => {
    const addresses = JSON.stringify(pack).match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [];
    expect(new Set(addresses)).toEqual(new Set(['LSCB@wiltshire.gov.uk']));
  });

  it('consults the line manager, named child protection representative or named safeguarding lead on the urgent route', () => {
    expect(pack.urgentRoutes[0]?.roles.map((role) => role.role)).toEqual([
      'line manager',
      'named child protection representative',
      'named safeguarding lead',
    ]);
  });

  it('offers the three “In my service this is …” blanks as local slots', () => {
    expect(
      pack.localSlots.map((slot) => [slot.label, slot.stageId, slot.example, slot.origin]),
    ).toEqual([
      ['In my service this is', 'pre-escalation', 'me', 'source'],
      ['In my service this is', 'stage-one', 'Play Leader', 'source'],
      [
        'In my service this is',
        'stage-two',
        'designated committee member / Chair person',
        'source',
      ],
    ]);
  });
});
