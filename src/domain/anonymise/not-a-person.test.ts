import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { tokenise } from './text';
import type { KnownClient } from './types';
import { findUnknownNames } from './unknown-names';

function unknown(text: string, professionals: string[] = []): string[] {
  const keys = new Set(professionals.map((name) => name.toLowerCase()));
  return findUnknownNames(text, tokenise(text), [], keys).map((f) => f.original);
}

const client: KnownClient = { child: { firstName: 'Tanisha', lastName: 'Brown' } };

describe('words that are plainly not a person', () => {
  it('takes no one’s part in a case for a name, and still hides the name after it', () => {
    expect(
      unknown(
        'Tenant Kim Mulholland rang. Client disclosed abuse. Victim’s mother came. Husband Ross works away. Detainee Thomas FARRELL.',
      ),
    ).toEqual(['Kim', 'Mulholland', 'Ross', 'Thomas', 'FARRELL']);
    expect(
      unknown('Governor’s note. Applicant Aimee Smyth (21). Mr Elis Parry, Pennaeth.'),
    ).toEqual(['Aimee', 'Smyth', 'Elis', 'Parry']);
  });

  it('keeps conditions, tests, legal terms and products named after a person', () => {
    for (const text of [
      'He has Angelman syndrome and is non-verbal.',
      'The GP said she is Gillick competent.',
      'A Moses basket was next to the ashtray.',
      'It is a risk to a toddler (cf. Awaab’s Law).',
      'It falls under the Marriage and Civil Partnership (Minimum Age) Act 2022.',
      'The Southwark judgment applies.',
      'She had £150 and a bottle of Hennessy.',
      'He drives a white Merc and a dark green Land Rover.',
    ])
      expect(unknown(text)).toEqual([]);
  });

  it('keeps a council’s area standing for the council, but not a place after a comma', () => {
    expect(
      unknown('Lancashire say the risk arises in Wigan’s area; per Lambeth’s procedure.'),
    ).toEqual([]);
    expect(
      unknown('Referred to Northumberland dental services. Cheshire West and Chester.'),
    ).toEqual([]);
    expect(unknown('Rosie Lomas (Wigan) was told.', ['Rosie', 'Lomas'])).toEqual([]);
    expect(unknown('Placed at the Crown Hotel, Rotherham, pending enquiries.')).toEqual([
      'Rotherham',
    ]);
    expect(unknown('Jack Bolton was there. Bolton said no.')).toEqual(['Jack', 'Bolton', 'Bolton']);
  });

  it('keeps a business or hospital in the possessive after "at", but not a person’s home', () => {
    expect(unknown('He works night shifts at Addenbrooke’s.')).toEqual([]);
    expect(unknown('He sometimes stays at Dougie’s house.')).toEqual(['Dougie']);
  });

  it('keeps small businesses, services and bodies, and hides the people in the same note', () => {
    const text =
      'White Transit with "LT Plastering" on it. Adoption support (One Adoption North and Humber) and Tusla have been told. Reading’s Brighter Futures for Children front door. Under Keeping Learners Safe. The AssetPlus note. Information, Advice and Assistance. Looked After Review. Tanisha saw Kyle there.';
    const output = anonymise(text, client).text;
    for (const kept of [
      'LT Plastering',
      'One Adoption North and Humber',
      'Tusla',
      'Brighter Futures for Children',
      'Keeping Learners Safe',
      'AssetPlus',
      'Information, Advice and Assistance',
      'Looked After Review',
    ])
      expect(output).toContain(kept);
    expect(output).not.toMatch(/Tanisha|Kyle/);
  });

  it('hides no repeat of a name inside an organisation’s name, nor a cue word before one', () => {
    expect(unknown('Kyle and Barnsley came. Barnsley Children’s Social Care closed it.')).toEqual([
      'Kyle',
      'Barnsley',
    ]);
    expect(unknown('Dr Ruth Allonby, GP Partner, Kendray Medical Practice.')).toEqual([]);
    expect(unknown('Scotty Vine moved in. Scotty’s NHS number is on file.')).toEqual([
      'Scotty',
      'Vine',
      'Scotty',
    ]);
  });

  it('keeps kinship words in every language as relationships, and hides the name beside one', () => {
    expect(unknown('Zainab said "Chacha did it". She is "scared of Chacha".')).toEqual(['Zainab']);
    expect(unknown('Mam Ffion tearful. Tad Gethin works away. Collected by "Gramps".')).toEqual([
      'Ffion',
      'Gethin',
    ]);
  });

  it('keeps Irish, Nepali and Italian words for a parent or grandparent (seventeenth round)', () => {
    expect(unknown('Kyla says "Mammy says I have to". Baje is in the back room.')).toEqual([
      'Kyla',
    ]);
    expect(unknown('Priya said "Hajurba shouts". Nonno Marco visits Sundays.')).toEqual([
      'Priya',
      'Marco',
    ]);
  });
});

describe('"that" opening a clause before a name', () => {
  it('takes a word after "that" for a name when a verb or another name follows it', () => {
    expect(unknown('She thinks that Tyreek shared it.')).toEqual(['Tyreek']);
    expect(unknown('Her mum and that Lorcan have no right to stop me.')).toEqual(['Lorcan']);
    expect(unknown('She said that Tyreek and Finley posted it.')).toEqual(['Tyreek', 'Finley']);
  });

  it('keeps a thing or a council after "that"', () => {
    expect(unknown('that Facebook group was closed. That Thursday he left.')).toEqual([]);
    expect(unknown('Mum said that Newham placed the family in a hotel.')).toEqual([]);
  });
});

describe('Welsh "Mae" opening a clause', () => {
  it('takes the Welsh verb for no name, and still finds the name after it', () => {
    expect(unknown('She said in Welsh, "Mae Rhodri yn cymryd y car".')).toEqual(['Rhodri']);
    expect(unknown('Mae hi’n byw yn Aberdâr gyda’i mam.')).not.toContain('Mae');
    expect(unknown('Mae [name] wedi mynd.')).toEqual([]);
  });

  it('still takes Mae for a girl’s name', () => {
    expect(unknown('Her sister Mae is 6 and Mae goes to nursery.')).toEqual(['Mae', 'Mae']);
  });
});

describe('bilingual, clinical and platform words beside real names (round 21)', () => {
  it('hides the people and leaves the words', () => {
    const text =
      'Dyddiad geni / DOB: 02/03/2016. She said "bha Dadaidh a\' sabaid le Mamaidh". 14/07 Asthma review DNA. | Diabetes | DNA |. Kerys Pughe streams on Twitch; her uncle Bryn Tallis visits the Community Pantry. Referrer: Gwilym Rhydderch.';
    const found = anonymise(text, client).findings.map((f) => f.original);
    for (const word of ['Dyddiad', 'Dadaidh', 'Mamaidh', 'Asthma', 'Diabetes', 'Twitch', 'Pantry'])
      expect(found.join(' ')).not.toContain(word);
    expect(found.join(' ')).toContain('Kerys Pughe');
    expect(found.join(' ')).toContain('Bryn Tallis');
    expect(found.join(' ')).toContain('Gwilym Rhydderch');
  });
});

describe('a letting agent or property manager is a third party (round 21)', () => {
  it('hides the agent, not the role', () => {
    const text = 'Notice served. Regards, Dawn Pelling, Property Manager, Ashcroft Homes.';
    const found = anonymise(text, client).findings.map((f) => f.original);
    expect(found.join(' ')).toContain('Dawn Pelling');
    expect(found.join(' ')).not.toContain('Manager');
  });
});
