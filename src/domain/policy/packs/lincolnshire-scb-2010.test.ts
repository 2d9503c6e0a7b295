import { describe, expect, it } from 'vitest';
import { findBuiltInPack } from '../built-in-packs';
import type { ContactDirectory } from '../policy-pack';

const pack = findBuiltInPack('lincolnshire-scb-2010');
if (!pack) throw new Error('The Lincolnshire pack should be built in');

function liaisonOfficers(): ContactDirectory {
  const directory = pack?.directories.find((d) => d.id === 'lincs-senior-liaison-officers');
  if (directory?.kind !== 'contacts') throw new Error('expected the Senior Liaison Officers table');
  return directory;
}

describe('Lincolnshire Safeguarding Children Board pack (version 4, 2010)', () => {
  it('records version 4 of January 2010, updated on 5 May 2010', () => {
    expect(pack.provenance).toMatchObject({
      sourceVersion: 'Version 4, January 2010',
      published: '2010-01',
      reviewed: '2010-05-05',
    });
  });

  it('has steps 1 to 4 in order, with titles marked as written by the app', () => {
    expect(pack.stages.map((stage) => [stage.label, stage.titleFromSource])).toEqual([
      ['Step 1', false],
      ['Step 2', false],
      ['Step 3', false],
      ['Step 4', false],
    ]);
    expect(pack.stages.map((stage) => stage.timescale.kind)).toEqual([
      'none-stated',
      'none-stated',
      'none-stated',
      'none-stated',
    ]);
  });

  it('points Step 3 at the senior liaison officers and Step 4 at the inter agency case review group', () => {
    expect(pack.stages[2]?.directoryIds).toEqual(['lincs-senior-liaison-officers']);
    expect(pack.stages[3]?.roles.map((role) => role.role)).toContain(
      'inter agency case review group',
    );
    // Step 4 only says liaison officers can advise a referral to the group: no step notifies the Board.
    expect(pack.stages.map((stage) => stage.notifiesPartnership)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    // The source does not say whose group it is; the note must not claim it for the LSCB.
    expect(pack.stages[3]?.partnershipNote?.text).not.toMatch(/LSCB/);
    expect(pack.stages[3]?.partnershipNote?.text).toContain('can advise');
    expect(pack.notificationForm.completedBy.text).toMatch(/^The policy does not say who/);
  });

  it('lists Lincolnshire’s 30 senior liaison officers', () => {
    expect(liaisonOfficers().title).toBe('Senior Liaison Officers');
    expect(liaisonOfficers().entries).toHaveLength(30);
  });

  it('keeps each senior liaison officer row as the source words it', () => {
    const rows = liaisonOfficers().entries.map((entry) => [entry.agency, entry.role]);
    expect(rows[0]).toEqual(['Adult Safeguarding', 'Head of Adult Safeguarding']);
    expect(rows).toContainEqual(['Lincolnshire Police', 'Head of PPU']);
    expect(rows).toContainEqual([
      'LPFT',
      'Deputy Director of Nursing & Clinical Governance and/or Consultant Nurse Safeguarding Children & Vulnerable Adults',
    ]);
    expect(rows).toContainEqual([
      'ULHT',
      'Chief Nurse (deputy: Named Nurse, Safeguarding Children)',
    ]);
    expect(rows).toContainEqual([
      'Probation Service',
      'Assistant Chief Probation Officer – Offender Management',
    ]);
    expect(rows).toContainEqual(['Voluntary Sector', 'Chief Executive, YMCA']);
  });

  it('has all 30 senior liaison officer rows, in the source’s order and words', () => {
    expect(liaisonOfficers().entries.map((entry) => [entry.agency, entry.role])).toEqual([
      ['Adult Safeguarding', 'Head of Adult Safeguarding'],
      ['CAFCASS', 'Service Manager'],
      ["Children's Services", 'Head of Service (North Kesteven)'],
      ["Children's Services (Education)", 'Safeguarding Officer for Schools'],
      ['Schools', 'Designated Teacher for Child Protection'],
      ['Crown Prosecution Service', 'Head of Lincoln Trials Unit'],
      ['East Midlands Ambulance Service', 'Head of Clinical Governance'],
      ['Lincolnshire Police', 'Head of PPU'],
      ['NHS Lincolnshire', 'Consultant in Public Health Medicine'],
      [
        'LPFT',
        'Deputy Director of Nursing & Clinical Governance and/or Consultant Nurse Safeguarding Children & Vulnerable Adults',
      ],
      ['ULHT', 'Chief Nurse (deputy: Named Nurse, Safeguarding Children)'],
      ['LPCT', 'Head of Family & Lifestyle Services and/or Designated Nurse'],
      ['Strategic Health Authority', 'Lead, Vulnerable Children/CAMHS & Safeguarding'],
      ['Lincolnshire Fire and Rescue', 'Youth Engagement Manager'],
      ['MAPPA', 'MAPPA Co-ordinator'],
      ['NSPCC', "Children's Services Manager"],
      ['Probation Service', 'Assistant Chief Probation Officer – Offender Management'],
      ['Road Safety Partnership', 'Development Manager'],
      ['Secure Unit', 'Manager'],
      ['SSAFA', 'Senior Social Worker'],
      ['Supporting People', 'Head of Supporting Housing'],
      ['Voluntary Sector', 'Chief Executive, YMCA'],
      ['Youth Offending Service', 'Head of Youth Offending Service'],
      ['Boston Borough Council', 'Housing and Property Manager'],
      ['East Lindsey District Council', 'Business Manager (Health, Arts & Events)'],
      ['Lincoln City Council', 'Director of Development & Environmental Services'],
      ['South Holland District Council', 'Interim Head of Economic & Community Development'],
      [
        'South Kesteven District Council',
        'Corporate Head of Partnerships & Organisational Improvement',
      ],
      ['West Lindsey District Council', 'Cultural Development Team Leader'],
      [
        'North Kesteven District Council',
        'Head of Communities (Lead Officer for Safeguarding Children)',
      ],
    ]);
  });

  it('puts the agency first in the two rows the source has swapped', () => {
    const lastTwo = liaisonOfficers().entries.slice(-2);
    expect(lastTwo.map((entry) => [entry.agency, entry.role])).toEqual([
      ['West Lindsey District Council', 'Cultural Development Team Leader'],
      [
        'North Kesteven District Council',
        'Head of Communities (Lead Officer for Safeguarding Children)',
      ],
    ]);
    expect(lastTwo.every((entry) => entry.correction !== null)).toBe(true);
    expect(liaisonOfficers().entries.filter((entry) => entry.correction !== null)).toHaveLength(2);
  });

  it('lets a police officer or a school find their own senior liaison officer', () => {
    const forType = (type: string) =>
      liaisonOfficers()
        .entries.filter((entry) => entry.agencyType === type)
        .map((entry) => entry.role);
    expect(forType('police')).toEqual(['Head of PPU']);
    expect(forType('education')).toEqual([
      'Safeguarding Officer for Schools',
      'Designated Teacher for Child Protection',
    ]);
  });

  it('gives the four examples, the urgent duty and the conduct exclusion', () => {
    expect(pack.examples).toHaveLength(4);
    expect(pack.urgentRoutes.map((route) => [route.situation, route.timescale.kind])).toEqual([
      ['imminent-risk', 'immediate'],
    ]);
    expect(pack.scopeNotes.map((note) => [note.kind, note.goesTo])).toEqual([
      [
        'conduct-concern',
        'The procedure relating to allegations against those working with children',
      ],
    ]);
  });

  it('offers an app-designed referral to the inter agency case review group at Step 4', () => {
    expect(pack.notificationForm).toMatchObject({
      origin: 'app-designed',
      trigger: { event: 'stage-reached', atStageId: 'lincs-step-4' },
    });
  });
});
