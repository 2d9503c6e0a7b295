import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { placeIsAgency, placeIsPerson } from './place-agency';

/** Whether the first `place` in `text` is read as an agency's. */
function agency(text: string, place: string): boolean {
  const start = text.indexOf(place);
  return placeIsAgency(text, start, start + place.length, place.toLowerCase());
}

function person(text: string, place: string): boolean {
  const start = text.indexOf(place);
  return placeIsPerson(text, start, start + place.length);
}

describe('a place that is part of an agency’s name', () => {
  it('runs on past a second area or other capitalised words to an agency word', () => {
    expect(agency('referred to Telford & Wrekin Family Connect', 'Telford')).toBe(true);
    expect(agency('Blackburn with Darwen Children’s Advice', 'Blackburn')).toBe(true);
    expect(agency('The Probation Service, Swindon and Wiltshire PDU', 'Swindon')).toBe(true);
    expect(agency('Greater Manchester Police, Rochdale Public Protection.', 'Rochdale')).toBe(true);
    expect(agency('Dawn Pickles (Leeds Federated Housing)', 'Leeds')).toBe(true);
    expect(agency('review, Doncaster schools.', 'Doncaster')).toBe(true);
    expect(agency('admitted to Scunthorpe General with a fracture', 'Scunthorpe')).toBe(true);
  });

  it('ends an agency’s name, or is a council that says or decides something', () => {
    expect(agency('completed by Sexual Health Oldham.', 'Oldham')).toBe(true);
    expect(agency('01:30 EDT Liverpool (0151 233 3029)', 'Liverpool')).toBe(true);
    expect(agency('and Luton say the family has left', 'Luton')).toBe(true);
  });

  it('is followed by an agency alone in brackets, or is a council named as an authority', () => {
    expect(agency('dad is "in Walton" (HMP).', 'Walton')).toBe(true);
    expect(agency('Children’s services in Donegal (Tusla) have information', 'Donegal')).toBe(true);
    expect(agency('People in Northern Ireland guidance.', 'Northern Ireland')).toBe(true);
    const text = 'referred us to Kensington and Chelsea as the father’s local authority';
    expect(agency(text, 'Kensington')).toBe(true);
    expect(agency(text, 'Chelsea')).toBe(true);
  });

  it('runs on into a partnership, a council, a front door or an office named by its initials', () => {
    expect(agency('shared with Glasgow HSCP North West Social Work', 'Glasgow')).toBe(true);
    expect(agency('Referral to Merthyr Tydfil CBC IAA (01685 725000)', 'Merthyr Tydfil')).toBe(
      true,
    );
    expect(agency('i rang croydon SPOC, they said call police', 'croydon')).toBe(true);
    expect(agency('AA from Hull AA scheme came 01:30', 'Hull')).toBe(true);
    expect(agency('from probation, Hanley office, ring me', 'Hanley')).toBe(true);
  });

  it('is a council that has declined or closed something, or ends a school already replaced', () => {
    expect(agency('Manchester have declined to undertake an assessment', 'Manchester')).toBe(true);
    expect(agency('Manchester has now closed the CIN plan', 'Manchester')).toBe(true);
    expect(agency('Zahra attends [school] Halifax. Her', 'Halifax')).toBe(true);
    expect(agency('Her cousins in Leeds have a spare room', 'Leeds')).toBe(false);
    expect(agency('Wigan told us the case was closed', 'Wigan')).toBe(true);
    expect(agency('Stockport will not accept the transfer', 'Stockport')).toBe(true);
    expect(agency('Bolton are now the lead authority', 'Bolton')).toBe(true);
    expect(agency('She went to Wigan to see her nan', 'Wigan')).toBe(false);
  });

  it('is a council’s area that closes a signature after a professional’s role or a heading’s byline', () => {
    expect(agency('Signed, the Head of Quality Assurance, Croydon.', 'Croydon')).toBe(true);
    expect(agency('Jo Bell, Family Support Worker, Swindon\nCopied to', 'Swindon')).toBe(true);
    expect(agency('Leah Smith, Croydon.', 'Croydon')).toBe(false);
    expect(agency('Welfare check note (Kate Newbury, Dacorum)\nGuests: Olena.', 'Dacorum')).toBe(
      true,
    );
    expect(agency('Visit note\nNan (Jean Price, Dacorum)\nSeen.', 'Dacorum')).toBe(false);
    expect(agency('Leah attends Oak Road Primary School, Croydon.', 'Croydon')).toBe(false);
    expect(agency('Social Worker, Croydon and the family', 'Croydon')).toBe(false);
  });

  it('leaves a town before a bracketed postcode district or a person', () => {
    expect(agency('She lives in Leeds (LS9) now.', 'Leeds')).toBe(false);
    expect(agency('He moved to Leeds (Kerry says).', 'Leeds')).toBe(false);
  });

  it('leaves a town where someone is, its centre, its station, and a second word that is no area', () => {
    expect(agency('She lives in Leeds with her mum.', 'Leeds')).toBe(false);
    expect(agency('found in Leeds city centre', 'Leeds')).toBe(false);
    expect(agency('seen at Hanley bus station', 'Hanley')).toBe(false);
    expect(agency('grandparents are near Urchfont and help with childcare', 'Urchfont')).toBe(
      false,
    );
    expect(agency('moved to Leeds last May.', 'Leeds')).toBe(false);
  });

  it('keeps the client’s own town in an agency’s name but hides it elsewhere', () => {
    const client = {
      child: { firstName: 'Ava' },
      address: { line1: '4 Elm Close', town: 'Rochdale' },
    };
    const found = anonymise(
      'Ava moved within Rochdale. Referred to Rochdale Public Protection.',
      client,
    ).findings.filter((f) => f.type === 'place');
    expect(found.map((f) => f.start)).toEqual([17]);
  });
});

describe('a council’s area that stands for the council', () => {
  it('is the authority after "under", a decision "by", or before its duty team', () => {
    expect(
      agency('a homeless 17-year-old: under Southwark he should be assessed', 'Southwark'),
    ).toBe(true);
    expect(agency("Previous referrals NFA'd by Kirklees. Update", 'Kirklees')).toBe(true);
    expect(agency('The case was closed by Leeds in May.', 'Leeds')).toBe(true);
    expect(agency('Escalated to Kirklees duty TM.', 'Kirklees')).toBe(true);
    expect(agency('We referred to Northumberland One Call; they said', 'Northumberland')).toBe(
      true,
    );
  });

  it('is the agency’s area in brackets after an agency’s word, or closing a service’s bracket', () => {
    expect(
      agency('Children and Families Service (Scarborough) North Yorkshire', 'Scarborough'),
    ).toBe(true);
    expect(agency('Police (Kent, ref 46/221093/26) have his details', 'Kent')).toBe(true);
    expect(agency('consultants in 4 Trusts (Harrogate, Leeds, Sheffield)', 'Leeds')).toBe(true);
    expect(agency('Tia Oyelowo – missing log (Lambeth)', 'Lambeth')).toBe(true);
    expect(agency('Lucia Radu (CSE and missing, Redbridge). Young person', 'Redbridge')).toBe(true);
  });

  it('still locates the family where no agency’s word or decision stands before it', () => {
    expect(agency('Mum moved to Leeds (with Kai) last year.', 'Leeds')).toBe(false);
    expect(agency('Dad lives (we think) in Kirklees now.', 'Kirklees')).toBe(false);
    expect(agency('She was found by Leeds station at 2am.', 'Leeds')).toBe(false);
    expect(agency('Her nan (Bev, Redbridge) has her most weekends.', 'Redbridge')).toBe(false);
  });
});

describe('a town’s name that is a person’s', () => {
  it('reads a town before a verb, after "name is" or after a quoted nickname as a person', () => {
    expect(person('Lyndon has been signing out', 'Lyndon')).toBe(true);
    expect(person('as Lyndon doesn’t live with the child', 'Lyndon')).toBe(true);
    expect(person('His dad’s name is Chester and', 'Chester')).toBe(true);
    expect(person('Callum "Cal" Brierley, shouting', 'Brierley')).toBe(true);
  });

  it('leaves a town with no such frame', () => {
    expect(person('Nan says Potterne is too far', 'Potterne')).toBe(false);
    expect(person('Seen at the Urchfont playgroup.', 'Urchfont')).toBe(false);
  });
});

describe('a guess at a stranger’s name that is a town inside an agency’s name', () => {
  const client = { child: { firstName: 'Ava' } };
  const types = (text: string) =>
    anonymise(text, client).findings.map((f) => [f.type, f.original] as const);

  it('is neither a name nor a place', () => {
    expect(
      types(
        'Luton say the family has left. We reported to Blackburn with Darwen Children’s Advice.',
      ),
    ).toEqual([]);
  });

  it('is neither where the town names a service in lower case ("Rochdale adult care said")', () => {
    expect(types('A grey car was parked outside. Rochdale adult care said he chose it.')).toEqual(
      [],
    );
    expect(types('Rang Bury adult social care, who told us it is a police matter.')).toEqual([]);
  });

  it('still hides a town before a lower-case clinic, which may be the clinic in that town', () => {
    expect(types('ill bring her to Penhill clinic tmrw').length).toBeGreaterThan(0);
  });
});

describe('a council’s area that a note contacts, that leads, or that runs on into its initials', () => {
  it('is the council after "rang", "emailed" or "led by", and before a service’s initials', () => {
    expect(agency('Rang Cumberland... no, Westmorland and Furness.', 'Cumberland')).toBe(true);
    expect(
      agency('A strategy discussion led by Northumberland (where the school is)', 'Northumberland'),
    ).toBe(true);
    expect(agency('SENCO rang Hackney CFS 11:40 during the meeting', 'Hackney')).toBe(true);
    expect(agency('safeguarding ref to Halton iCART 0151 907 8305', 'Halton')).toBe(true);
    expect(agency('Custody HCP note, Middlesbrough PIC.', 'Middlesbrough')).toBe(true);
    expect(
      agency('he has no recourse and Southampton have stopped his support', 'Southampton'),
    ).toBe(true);
    expect(agency('the family are now theirs. Southend say they have not had it', 'Southend')).toBe(
      true,
    );
  });

  it('is still a place after "called", and before a date of birth or "NFA"', () => {
    expect(agency('a boy called Preston was there', 'Preston')).toBe(false);
    expect(agency('moved to Leeds DOB 1/2/2010', 'Leeds')).toBe(false);
    expect(agency('moved to Leeds NFA given', 'Leeds')).toBe(false);
    expect(agency('Mum took him to Southend for the day.', 'Southend')).toBe(false);
  });
});

describe('a council placing, asked or referred to', () => {
  it('is the council after "placed by", "ask … to" and a referral', () => {
    expect(agency('a flat in Hoylake, placed by Wirral. Staff are there', 'Wirral')).toBe(true);
    expect(agency('We ask Croydon to convene a strategy meeting', 'Croydon')).toBe(true);
    expect(agency('I made a referral to Denbighshire today', 'Denbighshire')).toBe(true);
    expect(agency('She has been referred to Wigan for an assessment', 'Wigan')).toBe(true);
  });

  it("is the council in its front door's name, its civic centre and a court's seat", () => {
    expect(agency('Hartlepool First Response told us to wait', 'Hartlepool')).toBe(true);
    expect(agency('The meeting is at Rochdale Civic Centre at 10am', 'Rochdale')).toBe(true);
    expect(agency('IN THE FAMILY COURT SITTING AT DERBY', 'DERBY')).toBe(true);
    expect(agency('The Family Court sitting at Oldham on 3 May', 'Oldham')).toBe(true);
    expect(agency('He was sitting at Oldham bus station', 'Oldham')).toBe(false);
  });

  it('is a place after "in", unless a worker or agency is "in" it', () => {
    expect(agency('His uncle in Leeds say come to him', 'Leeds')).toBe(false);
    expect(agency('The family in Southend say they are fine', 'Southend')).toBe(false);
    expect(agency('His social worker in Rotherham has said no', 'Rotherham')).toBe(true);
    expect(agency('Moved to Croydon in June', 'Croydon')).toBe(false);
  });

  it("is an agency's area after a dash, and a town's hall, but not any hall", () => {
    expect(agency('MARAC – Stockport – case 3 of 12', 'Stockport')).toBe(true);
    expect(agency('The meeting was held in Hexham Town Hall.', 'Hexham')).toBe(true);
    expect(agency('He was found at Jarrow Hall at 9pm', 'Jarrow')).toBe(false);
    expect(agency('She moved from Leeds – Harehills – to Bradford', 'Leeds')).toBe(false);
  });

  it('is an agency\'s area after "of" and before a service\'s age range', () => {
    expect(agency('Radiology, University Hospitals of Derby, report', 'Derby')).toBe(true);
    expect(agency('School Nurse, Bolton 0-19 Service', 'Bolton')).toBe(true);
    expect(agency('his nan, who lives north of Derby, rang', 'Derby')).toBe(false);
    expect(agency('He was in Bolton 3-4 days a week', 'Bolton')).toBe(false);
  });
});
