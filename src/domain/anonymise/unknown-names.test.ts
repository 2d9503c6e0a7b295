import { describe, expect, it } from 'vitest';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function unknown(text: string, professionals: string[] = []): [string, string][] {
  const keys = new Set(professionals.map((name) => name.toLowerCase()));
  return findUnknownNames(text, tokenise(text), [], keys).map((f) => [f.original, f.confidence]);
}

describe('findUnknownNames', () => {
  it('proposes no word of a team’s name that shares its run with an agency word', () => {
    const text =
      'Referred to Tower Hamlets MASH, then Kirklees Council Duty and Advice and Telford Family Connect; PC Jones attended.';
    expect(unknown(text)).toEqual([]);
  });

  it('finds names after and before relationship words', () => {
    expect(
      unknown(
        "Mum's new partner Dean Walsh visited. Her boyfriend, Kyle, left. Tracey (maternal aunt) rang.",
      ),
    ).toEqual([
      ['Dean', 'medium'],
      ['Walsh', 'medium'],
      ['Kyle', 'medium'],
      ['Tracey', 'medium'],
    ]);
  });

  it('finds names after titles and "known as", but not a known professional', () => {
    expect(
      unknown("Mr Patel helped; a man known as 'Jonno' and Mrs Hartley came.", ['hartley']),
    ).toEqual([
      ['Patel', 'medium'],
      ['Jonno', 'medium'],
    ]);
  });

  it('proposes other capitalised words mid-sentence with low confidence, and their repeats', () => {
    expect(unknown('She was with Connor at the park. Connor said he was 19.')).toEqual([
      ['Connor', 'low'],
      ['Connor', 'low'],
    ]);
  });

  it('keeps agencies, policy terms, places, organisations and names after professional titles', () => {
    const text =
      'I spoke to the MASH and Early Help about the Section 47 and the ICPC. She was found in Birmingham. ' +
      'Riverside Surgery and Dr Wilson agreed, as did Helen (HV) and PC 4521 Tranter on Monday.';
    expect(unknown(text)).toEqual([]);
  });

  it('leaves sentence-initial words alone unless a reporting verb follows', () => {
    expect(unknown('Attendance is poor. Kieran said he would help.')).toEqual([['Kieran', 'low']]);
  });

  it('proposes a common first name that opens a sentence, with low confidence', () => {
    expect(unknown('Kyle was there when we visited. Aoife rang later.')).toEqual([
      ['Kyle', 'low'],
      ['Aoife', 'low'],
    ]);
  });

  it('proposes the capitalised word after a sentence-initial first name as its surname', () => {
    expect(unknown('Kyle Bennett is known to police.')).toEqual([
      ['Kyle', 'low'],
      ['Bennett', 'low'],
    ]);
  });

  it('proposes a first name mid-sentence even when it is also an ordinary word', () => {
    expect(unknown('She was with Jade and Dean at the park.')).toEqual([
      ['Jade', 'low'],
      ['Dean', 'low'],
    ]);
  });

  it('leaves first names that are ordinary words alone when they open a sentence on their own', () => {
    const text =
      'Will check with police. May we meet? Grace period explained. Hope to visit. Mark the file. ' +
      'Frank discussion held. June was dry. Jack the car up.';
    expect(unknown(text)).toEqual([]);
  });

  it('proposes an ambiguous first name that opens a sentence before a surname, possessive or verb', () => {
    expect(unknown("Grace Holloway visited. Will's mum rang. Hope said no.")).toEqual([
      ['Grace', 'low'],
      ['Holloway', 'low'],
      ['Will', 'medium'],
      ['Hope', 'low'],
    ]);
  });

  it('keeps a known professional whose first name is a common first name', () => {
    expect(unknown('Rachel visited with the family.', ['rachel', 'okafor'])).toEqual([]);
  });
});

describe('ordinary words that open a line or a place to stay', () => {
  it('proposes none of "Flat", "Room", "Plot", "Son", "Neighbour", "Resident", "Boy", "Pt", "Wee"', () => {
    const text =
      'Flat 9, Castle Mews. Room 4 upstairs. Plot 6 on the site. Son Gary has moved in. Neighbour says they left. Resident Chanel Reid (17). Boy Artem from 5th class. Pt Lewis Armstrong 3yo. Wee Kirsty (8) telt me.';
    const words = unknown(text).map(([original]) => original);
    for (const word of ['Flat', 'Room', 'Plot', 'Son', 'Neighbour', 'Resident', 'Boy', 'Pt', 'Wee'])
      expect(
        words.some((original) => original.split(' ').includes(word)),
        word,
      ).toBe(false);
    expect(words).toEqual(expect.arrayContaining(['Gary', 'Kirsty']));
  });

  it('proposes no service’s brand, team or programme as a stranger', () => {
    const text =
      'Referral to Liverpool Careline on 2 February. Derbyshire Starting Point say no. She should be offered a Strengthening Families worker; Ann-Marie Quinn (Gypsy Roma Traveller liaison) agreed. Born at Leicester Royal Infirmary. Released from HMP Parc. Greg Hill (Essex Fire and Rescue) visited.';
    const words = unknown(text, ['Ann', 'Marie', 'Quinn', 'Greg', 'Hill']).map(([word]) => word);
    expect(words).toEqual([]);
  });

  it('takes no acronym made a verb, abbreviation before a number, faith, community, kinship word or car for a name', () => {
    const text =
      "They NFA'd it. Gethin (Bl. 4) was seen. By the grace of God they are fine. Family (Roma, from Slovakia); interpreter (Mirpuri). He said Appa (dad) did it and Dadi agrees. Old Ford Escort seen. Met Tyrese at the YOT office.";
    expect(unknown(text).map(([word]) => word)).toEqual(['Gethin', 'Tyrese']);
  });

  it('still finds a stranger before a cue word and a number in brackets, and a name after a service', () => {
    expect(unknown('Gavin Lloyd (PNC 97/221331H) was released.').map(([word]) => word)).toEqual([
      'Gavin',
      'Lloyd',
    ]);
    expect(unknown("Kyle's worker rang; Careline told Jade.").map(([word]) => word)).toEqual([
      'Kyle',
      'Jade',
    ]);
  });
  it('takes no car model, pet, kinship word, form label or practice word for a name', () => {
    const text = [
      'Dad drives a grey Skoda Octavia, a white Vauxhall Vivaro and a Ford Ranger.',
      'He sleeps with his dogs Patch and Sally. (Dog Bruno was a good boy.)',
      '- 03/11 Maternal aunt Leanne Price rang. Grandson Gary Baker visited.',
      'Child: Harls DOB: 03-03-2017 Gender: M Town: Salford Postcode: M5 3RW.',
      'Seen by ViSOR officer. Risk: DASH 17 (High). Since the last Hearing, Healthy and Nurtured.',
      'Seen with our Resettlement Caseworker. Referred to Trading Standards on 3 Tach.',
    ].join('\n');
    expect(unknown(text).map(([word]) => word)).toEqual(['Leanne', 'Price', 'Gary', 'Baker']);
  });

  it('finds a child listed after a single pet’s name ("the dog is called Bonnie and Cody …")', () => {
    expect(
      unknown('The dog is called Bonnie and Cody talks about her.').map(([word]) => word),
    ).toEqual(['Cody']);
  });
  it('takes no word of a Welsh school named as the writer’s agency for a name', () => {
    expect(unknown('Elen Hughes, Pennaeth, Ysgol Bro Lleu\nDisgybl / Pupil: Gwenllian')).toEqual([
      ['Elen', 'low'],
      ['Hughes', 'low'],
    ]);
  });
  it('takes no short county, Irish police, temple or nail bar for a name', () => {
    const text = [
      'Seen in March, Cambs. Liaison with An Garda Síochána requested.',
      'Asha volunteers at the Shri Sanatan Mandir youth group. Premises: Tip Top Nails.',
    ].join('\n');
    expect(unknown(text).map(([word]) => word)).toEqual(['Asha']);
  });
  it('hides a guessed name written again after "in" as a place, not a name', () => {
    const text = 'Staff saw Hopey arrive at 9:15. Kai is now at nan’s in Hopey.';
    expect(
      findUnknownNames(text, tokenise(text), [], new Set()).map((f) => [f.original, f.type]),
    ).toEqual([
      ['Hopey', 'name'],
      ['Kai', 'name'],
      ['Hopey', 'place'],
    ]);
  });
  it('finds a name and the writer’s guess at it in brackets, in any case', () => {
    expect(
      unknown(
        'says her "boyfriend" zee (zeeshan?) made her work. A guy called "P" (Prince?) came.',
      ),
    ).toEqual([
      ['zee', 'medium'],
      ['zeeshan', 'medium'],
      ['P', 'medium'],
      ['Prince', 'medium'],
    ]);
  });
});

describe('a name that is also a modal opening a plan', () => {
  it('keeps "Will" before a plain verb at the start of a sentence, and hides the name elsewhere', () => {
    const text = 'Mum said Will Hart was at home. Will ring mum Monday. Will said he was fine.';
    const found = findUnknownNames(text, tokenise(text), [], new Set()).map((f) => f.start);
    expect(found).not.toContain(text.indexOf('Will ring'));
    expect(found).toContain(text.indexOf('Will said'));
  });
});

describe('local clubs and groups', () => {
  const types = (text: string) =>
    findUnknownNames(text, tokenise(text), [], new Set()).map((f) => [f.original, f.type]);

  // A club's words are no one's name; ./club-places.ts proposes the club whole as a place.
  it('takes no word of a local group’s name for a person’s', () => {
    expect(types('She goes to 2nd Fartown Guides on Mondays.')).toEqual([]);
    expect(types('kickboxing at Tiger Spirit MMA tues')).toEqual([]);
  });

  it('still finds a member named after their title', () => {
    expect(types('British Gymnastics were told. Scout Finley Ashby (11) said so.')).toEqual([
      ['Finley', 'name'],
      ['Ashby', 'name'],
    ]);
    expect(types('Escalated through the All Wales Practice Guide.')).toEqual([]);
    expect(types('I am the Group Scout Leader here.')).toEqual([]);
  });
});

describe('a name someone goes by, after the frame that gives it', () => {
  const names = (text: string) => unknown(text).map(([original]) => original);

  it('takes the chosen name, and each later use of it, after "uses", "goes by" or "calls himself"', () => {
    expect(names('Mo Lin (uses "Ash", they/them) came in. Ash said the flat is cold.')).toContain(
      'Ash',
    );
    expect(names('Mo Lin (uses "Ash", they/them) came in. Ash said the flat is cold.')).toEqual([
      'Mo',
      'Lin',
      'Ash',
      'Ash',
    ]);
    expect(names('An older man who called himself Reed offered her a room.')).toEqual(['Reed']);
    expect(names('She goes by Robin at college now.')).toEqual(['Robin']);
  });

  it('leaves an app or a word after "uses" unquoted, and "calls himself" with nothing named', () => {
    expect(names('He uses Snapchat and uses "air quotes" a lot.')).toEqual([]);
    expect(names('He calls himself lucky to have a place.')).toEqual([]);
  });
});
