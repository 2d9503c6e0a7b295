import { describe, expect, it } from 'vitest';
import { findBuiltInPack } from '../built-in-packs';

const pack = findBuiltInPack('south-tyneside-joint-2024');
if (!pack) throw new Error('The South Tyneside pack should be built in');

describe('South Tyneside joint children’s and adults’ pack (reviewed April 2024)', () => {
  it('covers children and adults and was reviewed in April 2024', () => {
    expect(pack.partnership.audience).toBe('both');
    expect(pack.provenance.reviewed).toBe('2024-04');
  });

  it('has a pre-stage and stages 1 to 4, named as the protocol names them', () => {
    expect(pack.stages.map((stage) => [stage.label, stage.title])).toEqual([
      [null, 'Practitioner to practitioner'],
      ['Stage 1', 'Immediate Resolution – Line Managers'],
      [
        'Stage 2',
        'Escalation and Resolution to Senior Manager /Service Manager / Named Designated Safeguarding Lead / Role of equivalent standing',
      ],
      [
        'Stage 3',
        'Escalation and Resolution by Head of Service / Headteacher / Chief Officer or Role of equivalent standing',
      ],
      ['Stage 4', 'Formal Consideration by STSCP /STSAB'],
    ]);
    expect(pack.stages[0]?.titleFromSource).toBe(false);
  });

  it('counts one working day before Stage 1 and for Stage 1, and five working days overall', () => {
    expect(pack.stages[0]?.timescale).toEqual({ kind: 'working-days', days: 1 });
    expect(pack.stages[1]?.timescale).toEqual({ kind: 'working-days', days: 1 });
    expect(pack.overallTimescale?.timescale).toEqual({ kind: 'working-days', days: 5 });
  });

  it('notifies the partnership at Stage 2 and hands it the matter at Stage 4', () => {
    expect(pack.stages.map((stage) => stage.notifiesPartnership)).toEqual([
      false,
      false,
      true,
      false,
      true,
    ]);
  });

  it('names who acts at Stages 2 to 4 as the stage headings and Stage 4 name them', () => {
    const roles = (index: number) => pack.stages[index]?.roles.map((role) => role.role);
    expect(roles(2)).toEqual([
      'Senior Manager',
      'Service Manager',
      'Named Designated Safeguarding Lead',
      'Role of equivalent standing',
    ]);
    expect(roles(3)).toEqual([
      'Head of Service',
      'Headteacher',
      'Chief Officer',
      'Role of equivalent standing',
    ]);
    expect(roles(4)).toEqual([
      'STSCP / STSAB Business Manager',
      'STSCP Chair',
      'STSAB Independent Chair',
    ]);
  });

  it('has practitioners go to their line managers within one working day, and line managers act without delay', () => {
    const raise = pack.stages[0]?.actions.find((action) => action.id === 'st-pre-raise');
    expect(raise?.timescale).toEqual({ kind: 'working-days', days: 1 });
    const negotiate = pack.stages[1]?.actions.find((action) => action.id === 'st-one-negotiate');
    expect(negotiate?.timescale).toEqual({ kind: 'immediate' });
    expect(pack.stages[1]?.timescaleNote).toMatch(/within 1 day/);
  });

  it('has the four Stage 4 steps, ending with the Escalation and Challenge spreadsheet', () => {
    expect(pack.stages[4]?.actions.map((action) => action.id)).toEqual([
      'st-four-discuss',
      'st-four-arbitrate',
      'st-four-acknowledge',
      'st-four-spreadsheet',
    ]);
    expect(pack.partnershipOversight.at(-1)?.text).toMatch(
      /STSCP and STSAB Performance, Management and Evaluation sub groups/,
    );
  });

  it('shows a school that the Headteacher acts at Stage 3', () => {
    const education = pack.stages[3]?.roles.filter((role) => role.appliesTo === 'education');
    expect(education?.map((role) => role.role)).toEqual(['Headteacher']);
  });

  it('lists the five areas where disagreements arise', () => {
    expect(pack.categories.map((category) => category.label)).toEqual([
      'A difference of view in relation to levels of need',
      'A lack of understanding about roles and responsibilities',
      'Quality and progression of safeguarding plans',
      'Communication and information sharing',
      'Management of risk',
    ]);
  });

  it('sends conduct concerns to allegations management or PIPOT and single-agency disputes home', () => {
    expect(pack.scopeNotes.map((note) => note.goesTo)).toEqual([
      'The agency’s own escalation policy',
      'Allegations Management Process (children)',
      'Person / People in Positions of Trust (PIPOT) – Multi-Agency Practice Guidance (adults)',
    ]);
  });

  it('reconstructs Appendix A as a Stage 2 notification completed by the Stage 2 manager', () => {
    const form = pack.notificationForm;
    expect(form.origin).toBe('reconstructed');
    expect(form.title).toBe(
      'Escalation Notification to the South Tyneside Safeguarding Children Partnership and South Tyneside Safeguarding Adults Board',
    );
    expect(form.trigger).toMatchObject({ event: 'stage-reached', atStageId: 'st-stage-2' });
    expect(form.completedBy.source).toBe('§4 Stage 2');
    expect(form.fields.map((field) => field.binding)).toEqual([
      'notification-date',
      'case-reference',
      'client-group',
      'raising-agency',
      'receiving-agency',
      'professionals',
      'categories',
      'issue',
      'outcome-sought',
      'stage',
      'actions-taken',
      'outcome',
      'feedback',
      'learning',
      'completed-by',
    ]);
  });

  it('records the Escalation and Challenge spreadsheet and the 6-monthly themes review', () => {
    const oversight = pack.partnershipOversight.map((item) => item.text).join(' ');
    expect(oversight).toMatch(/Escalation and Challenge spreadsheet/);
    expect(oversight).toMatch(/every 6 months/);
    expect(pack.partnershipOversight.map((item) => item.source)).toContain('§6');
  });

  it('notes that both appendices are missing from the source', () => {
    expect(pack.provenance.missingFromSource.join(' ')).toMatch(/Appendix A.*Appendix B/s);
  });
});
