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

  it('names every role the specific processes name, in the table’s words', () => {
    const roles = (number: string) =>
      pack.specificProcesses
        .find((process) => process.number === number)
        ?.roles.map((role) => [role.appliesTo, role.role, role.source]);
    expect(roles('3.1')).toEqual([
      ['any', 'more experienced or more senior staff', '§3.1.1'],
      ['any', '‘first line’ managers', '§3.1.2'],
      ['any', 'line manager or designated/named/lead officer', '§3.1.2'],
      ['any', 'peer colleagues', '§3.1.2'],
      ['health', 'Designated or Named Professional', '§3.1.3'],
      ['health', 'first line manager', '§3.1.3'],
    ]);
    expect(roles('3.3')).toEqual([
      ['any', 'Child Protection Conference Chair', '§3.3.1'],
      ['any', 'dissenting professional', '§3.3.3'],
      ['any', 'line manager and/or Designated or Named Professional', '§3.3.3'],
      ['any', 'Head of the Safeguarding Unit', '§3.3.3'],
    ]);
    expect(roles('3.4')).toEqual([
      ['any', 'Front line workers', '§3.4.2'],
      ['any', 'peer colleagues', '§3.4.2'],
      ['any', '‘first line’ managers', '§3.4.3'],
      ['any', 'Conference Chair', '§3.4.3'],
      ['any', 'Designated or Named Professional', '§3.4.4'],
      ['any', 'line manager', '§3.4.4'],
    ]);
  });

  it('copies the Conference Chair in when the plan is disputed', () => {
    expect(pack.specificProcesses[3]?.roles.map((role) => role.role)).toContain('Conference Chair');
  });

  it('follows section 2 from practitioners up the line management, with titles marked as the app’s', () => {
    expect(pack.stages.map((stage) => stage.title)).toEqual([
      'Practitioner/case worker level',
      'Line manager or lead for safeguarding',
      'Through the line management of the respective agency/agencies structure',
    ]);
    expect(pack.stages.every((stage) => !stage.titleFromSource && stage.label === null)).toBe(true);
  });

  it('offers the Safeguarding Unit’s advice and help at any point, not as a fourth stage (§2.7)', () => {
    expect(JSON.stringify(pack.stages.map((stage) => stage.id))).not.toContain('safeguarding-unit');
    const advice = pack.advice.find((item) => item.source === '§2.7');
    expect(advice?.text).toMatch(/^At any point, the Local Authority Children’s Services/);
    expect(pack.stages.at(-1)?.ifUnresolved).toMatchObject({ nextStageId: null, source: '§2.7' });
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

  it('keeps each §1.3 example in the procedure’s words and order', () => {
    expect(pack.examples.map((example) => example.text)).toEqual([
      'Other practitioners are not recognising need or the signs of harm.',
      'Other practitioners are not sharing information about a child’s welfare.',
      'Other practitioners are not accepting referrals for services.',
      'Other practitioners are not delivering services according to the threshold of need.',
      'Other practitioners are not co-operating in delivering planned interventions.',
      'Other practitioners are not attending Core Groups or TAC meetings.',
      'Other practitioners are not producing Plans or minutes quickly enough.',
      'Other practitioners are not fulfilling their roles and responsibilities as defined in Working Together to Safeguard Children.',
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
