import { describe, expect, it } from 'vitest';
import { findBuiltInPack } from '../built-in-packs';

const pack = findBuiltInPack('unnamed-lscp-resolution-procedure');
if (!pack) throw new Error('The unnamed partnership’s pack should be built in');

describe('unnamed Local Safeguarding Children Partnership pack', () => {
  it('does not invent an area or a date the source does not give', () => {
    expect(pack.partnership.area).toBeNull();
    expect(pack.provenance.published).toBeNull();
    expect(pack.provenance.reviewed).toBeNull();
  });

  it('has the four specific processes of section 3, titled as the table titles them', () => {
    expect(
      pack.specificProcesses.map((process) => [process.number, process.topic, process.title]),
    ).toEqual([
      ['3.1', 'referral', 'Dissent at Referral/Enquiry Stage'],
      ['3.2', 'need-for-conference', 'Dissent about Need for Child Protection Conference'],
      ['3.3', 'at-conference', 'Dissent at Child Protection Conferences'],
      [
        '3.4',
        'implementing-plan',
        'Dissent Regarding the Implementation of the Child Protection Plan',
      ],
    ]);
  });

  it('cites every numbered paragraph of the specific processes', () => {
    const cited = pack.specificProcesses.flatMap((process) =>
      process.steps.map((step) => step.source),
    );
    for (const paragraph of [
      '§3.1.1',
      '§3.1.2',
      '§3.1.3',
      '§3.1.4',
      '§3.2.1',
      '§3.2.2',
      '§3.3.1',
      '§3.3.2',
      '§3.3.3',
      '§3.4.2',
      '§3.4.3',
      '§3.4.4',
    ]) {
      expect(cited).toContain(paragraph);
    }
  });

  it('sends dissent about the need for a conference to the Head of the Safeguarding Unit', () => {
    const roles = pack.specificProcesses[1]?.roles.map((role) => role.role);
    expect(roles).toContain('Head of the Safeguarding Unit');
    expect(roles).toContain('Children’s Social Care Services');
  });

  it('copies the Conference Chair in when the plan is disputed', () => {
    expect(pack.specificProcesses[3]?.roles.map((role) => role.role)).toContain('Conference Chair');
  });

  it('follows section 2 from practitioners to the Safeguarding Unit', () => {
    expect(pack.stages.map((stage) => stage.title)).toEqual([
      'Practitioner/case worker level',
      'Line manager or lead for safeguarding',
      'Through the line management of the respective agency/agencies structure',
      'Local Authority Children’s Services Safeguarding Unit',
    ]);
  });

  it('requires a concern to go through child protection procedures the same working day', () => {
    const action = pack.stages[0]?.actions.find((a) => a.id === 'lscp-practitioner-same-day');
    expect(action?.timescale).toEqual({ kind: 'same-working-day' });
    expect(action?.source).toBe('§1.5');
  });

  it('lists the eight examples of §1.3 and the four areas of §1.6', () => {
    expect(pack.examples).toHaveLength(8);
    expect(pack.examples.every((example) => example.source === '§1.3')).toBe(true);
    expect(pack.categories.map((category) => category.label)).toEqual([
      'Determining the level of need',
      'Roles and responsibilities',
      'The need for action',
      'Communication',
    ]);
  });

  it('sends concerns within one agency to that agency’s own procedures', () => {
    expect(pack.scopeNotes.map((note) => [note.kind, note.source])).toEqual([
      ['single-agency-dispute', '§2.6'],
    ]);
  });

  it('offers an app-designed record of the outcome for the raising agency to share', () => {
    expect(pack.notificationForm).toMatchObject({
      origin: 'app-designed',
      trigger: { event: 'resolved', atStageId: null },
      completedBy: { text: 'The agency raising the escalation.' },
    });
    expect(pack.notificationForm.fields.map((field) => field.binding)).toContain(
      'outstanding-issues',
    );
  });
});
