import { describe, expect, it } from 'vitest';
import { findBuiltInPack } from '../built-in-packs';

const pack = findBuiltInPack('cambridgeshire-lscb-2013');
if (!pack) throw new Error('The Cambridgeshire pack should be built in');

function ladders() {
  const directory = pack?.directories[0];
  if (directory?.kind !== 'escalation-ladders') throw new Error('expected escalation ladders');
  return directory;
}

describe('Cambridgeshire LSCB pack (revised October 2013)', () => {
  it('is dated as revised (not published) in October 2013 and restores the letter “o”', () => {
    expect(pack.provenance.published).toBeNull();
    expect(pack.provenance.reviewed).toBe('2013-10');
    expect(pack.provenance.sourceVersion).toBe('Revised October 2013');
    expect(pack.title).toBe(
      'Cambridgeshire Escalation Policy - Resolution of Professional Disagreements in Safeguarding Work',
    );
    const words = JSON.stringify({ ...pack, provenance: null });
    for (const broken of [
      'Escalatin',
      'Plicy',
      'Prfessinal',
      'Directr',
      'Cnstable',
      'Peterbrugh',
    ]) {
      expect(words).not.toContain(broken);
    }
  });

  it('follows the flowchart from own agency to the Independent Chair of the LSCB', () => {
    expect(pack.stages.map((stage) => stage.title)).toEqual([
      'Initial attempts to resolve the problem',
      'Professional discusses with manager/named lead for safeguarding in his/her own agency, and action agreed',
      'Manager/Named Professionals/ Safeguarding Advisor Referring Agency discusses concern/response with the opposite number in the agency',
      'The Designated Lead for Safeguarding will liaise with his/her equivalent lead officer',
      'CCC Head of Service for Partnerships and Quality Assurance',
      'Independent Chair of the LSCB',
    ]);
    // The flowchart's boxes are its own words; the other three titles are the app's, and say so.
    expect(pack.stages.map((stage) => stage.titleFromSource)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
    // Nothing is numbered: the source numbers none of these steps.
    expect(pack.stages.every((stage) => stage.label === null)).toBe(true);
  });

  it('has the Independent Chair informed, not dealing with it (§2.10)', () => {
    const chair = pack.stages.find((stage) => stage.id === 'cambs-independent-chair');
    expect(chair?.whoActs.text).toContain('is informed');
    expect(JSON.stringify(chair)).not.toMatch(/deals? with/);
    expect(pack.notificationForm.completedBy.text).toBe(
      'The policy does not say who informs the Independent Chair.',
    );
  });

  it('words the non-accidental injury route exactly as §2.6, adding nothing the policy does not say', () => {
    const route = pack.urgentRoutes.find(
      (candidate) => candidate.situation === 'suspected-non-accidental-injury',
    );
    expect(route?.title).toBe('Possible non-accidental injury of an infant/young child');
    expect(route?.when.text).toContain('an infant or young child');
    expect(route?.timescale).toEqual({ kind: 'immediate' });
    expect(route?.actions.map((action) => action.text)).toEqual([
      'Resolve the difference of opinion immediately.',
      'As at any point in the process, seek advice directly from the Designated Professional or the Named Professional in your agency when you need it.',
    ]);
    expect(JSON.stringify(route)).not.toMatch(/do not wait|at once/i);
  });

  it('has the Designated Lead liaise immediately and no other stage timescale', () => {
    expect(pack.stages.map((stage) => stage.timescale.kind)).toEqual([
      'none-stated',
      'none-stated',
      'none-stated',
      'immediate',
      'none-stated',
      'none-stated',
    ]);
  });

  it('notifies the LSCB only when the Independent Chair is informed', () => {
    expect(pack.stages.map((stage) => stage.notifiesPartnership)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('shows a school’s designated person and Headteacher at their levels', () => {
    const education = (index: number) =>
      pack.stages[index]?.roles.filter((role) => role.appliesTo === 'education').map((r) => r.role);
    expect(education(1)).toEqual(['Designated Person for Child Protection']);
    expect(education(2)).toEqual(['Lead Designated Person for Child Protection/Headteacher']);
    expect(education(4)).toEqual(['Headteacher']);
  });

  it('resolves a possible non-accidental injury of an infant immediately', () => {
    expect(
      pack.urgentRoutes.map((route) => [route.situation, route.title, route.timescale.kind]),
    ).toEqual([
      [
        'suspected-non-accidental-injury',
        'Possible non-accidental injury of an infant/young child',
        'immediate',
      ],
    ]);
  });

  it('lists the four areas of disagreement and the policy’s examples', () => {
    expect(pack.categories.map((category) => category.label)).toEqual([
      'Differing views of thresholds',
      'Lack of understanding of roles and responsibilities',
      'The need for action',
      'Communication',
    ]);
    expect(pack.examples).toHaveLength(7);
  });

  it('gives thirteen escalation ladders, published October 2013', () => {
    expect(ladders().published).toBe('2013-10');
    expect(ladders().ladders.map((ladder) => ladder.professional ?? ladder.agency)).toEqual([
      'Social Worker',
      'Early Help Service Worker',
      'Health Visitor',
      'Midwife',
      'GP',
      'Paediatric Staff',
      'Hospital Doctor',
      'CAMHS / Community Mental Health Team',
      'Member of school staff',
      'Detective Constable (DC)',
      'Services working with adults',
      'Addaction (Adult alcohol treatment service)',
      'Inclusion (Adult drug treatment service)',
    ]);
  });

  it('keeps each ladder’s rungs in the source’s order and words', () => {
    const rungs = (id: string) => ladders().ladders.find((ladder) => ladder.id === id)?.rungs;
    expect(rungs('cambs-ladder-social-worker')).toEqual([
      'Consultant Social Worker',
      'Group Manager',
      'Head of Service',
      'Service Director',
    ]);
    expect(rungs('cambs-ladder-police')).toEqual([
      'Detective Sergeant (DS)',
      'Detective Inspector',
      'Detective Chief Inspector',
      'Detective Superintendent, Public Protection',
    ]);
    expect(rungs('cambs-ladder-school')).toEqual([
      'Designated Person for Child Protection',
      'Lead Designated Person for Child Protection/Headteacher',
      'Education Child Protection Service',
      'Education Safeguarding Manager',
    ]);
    expect(rungs('cambs-ladder-inclusion')).toEqual([
      'the manager of the service',
      'Named nurse for Stafford and South Staffs Foundation Trust (provider of service)',
    ]);
  });

  it('keeps the health, early help and adult services ladders rung for rung', () => {
    const rungs = (id: string) => ladders().ladders.find((ladder) => ladder.id === id)?.rungs;
    expect(rungs('cambs-ladder-early-help')).toEqual([
      'Team Manager',
      'District Manager',
      'Head of Service Children Service',
      'Assistant Director',
      'Service Director',
    ]);
    expect(rungs('cambs-ladder-health-visitor')).toEqual([
      'Locality Safeguarding Children Nurse and the Locality Lead for the HV’s geographical area',
      'Named nurse for Safeguarding, Cambridgeshire Community Services',
      'Chief Nurse',
    ]);
    expect(rungs('cambs-ladder-midwife')).toEqual([
      'Supervisor of Midwives and/or Named Midwife for Safeguarding Children Acute Trust',
    ]);
    expect(rungs('cambs-ladder-gp')).toEqual([
      'NHS Named Doctor and/or Named Nurse Safeguarding Children',
      'Deputy Designated Nurse for Safeguarding (Clinical Commissioning group)',
    ]);
    expect(rungs('cambs-ladder-paediatric-staff')).toEqual([
      'sister and/or Named Nurse Safeguarding Children for Acute Trust',
    ]);
    expect(rungs('cambs-ladder-hospital-doctor')).toEqual([
      'Named Doctor and/or Named Nurse Safeguarding Children Acute Trust',
    ]);
    expect(rungs('cambs-ladder-camhs')).toEqual([
      'Named Professional Cambridgeshire and Peterborough Foundation Trust (Mental Health Trust)',
    ]);
    expect(rungs('cambs-ladder-adult-services')).toEqual([
      'the manager of the professional / service involved',
    ]);
    expect(rungs('cambs-ladder-addaction')).toEqual([
      'the manager of the service',
      'Director of Operations (Lead for Safeguarding)',
    ]);
  });

  it('sends a disagreement the Designated Leads cannot settle to the CCC Head of Service for review', () => {
    const review = pack.stages.find((stage) => stage.id === 'cambs-head-of-service-review');
    expect(review?.roles.map((role) => role.role)).toContain(
      'CCC Head of Service for Partnerships and Quality Assurance',
    );
    expect(pack.stages[3]?.ifUnresolved).toMatchObject({
      nextStageId: 'cambs-head-of-service-review',
      source: '§3',
    });
  });

  it('lets any professional request a CP conference through the Safeguarding and Standards Unit', () => {
    expect(pack.specificProcesses[0]?.roles.map((role) => role.role)).toEqual([
      'Service Manager for Safeguarding and Standards Unit',
    ]);
  });

  it('offers an app-designed form for informing the Independent Chair', () => {
    const form = pack.notificationForm;
    expect(form.origin).toBe('app-designed');
    expect(form.trigger).toMatchObject({
      event: 'stage-reached',
      atStageId: 'cambs-independent-chair',
    });
    expect(form.recipient.role).toBe('Independent Chair of the LSCB');
  });
});
