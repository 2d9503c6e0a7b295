import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { findListedPlaces, findLoosePlaces, isListedPlace } from './listed-places';
import { tokenise } from './text';

const client = { child: { firstName: 'Ava', lastName: 'Penrose' } };

function places(text: string, anchors: { start: number; end: number }[] = []): string[] {
  return findListedPlaces(text, tokenise(text), [], anchors).map((f) => f.original);
}

/** The place findings of the whole anonymiser, with its keep lists and pack terms. */
function hidden(text: string, keepTerms: readonly string[] = []): string[] {
  return anonymise(text, client, { keepTerms })
    .findings.filter((f) => f.type === 'place')
    .map((f) => f.original);
}

describe('towns and villages from the gazetteer', () => {
  it('lists towns and villages, but not ordinary words that are also places', () => {
    expect(isListedPlace('potterne')).toBe(true);
    expect(isListedPlace('bradford on avon')).toBe(true);
    expect(isListedPlace('st ives')).toBe(true);
    for (const word of ['street', 'march', 'hope', 'reading'])
      expect(isListedPlace(word)).toBe(false);
  });

  it('hides a town, even a council’s area after an agency word, where someone is said to live', () => {
    expect(places('Children’s services in Oldham (where Brooke lives) said no.')).toEqual([
      'Oldham',
    ]);
    expect(places('Calls from Bolton, where his dad stays, were logged.')).toEqual(['Bolton']);
  });

  it('hides a council’s town after premises where someone stays, not after a team', () => {
    expect(places('Mum went to a refuge in Preston, then back to us.')).toEqual(['Preston']);
    expect(places('came to us from a refuge in chesterfield which they left')).toEqual([
      'chesterfield',
    ]);
    expect(places('contact at the family centre in Ashford was stopped')).toEqual(['Ashford']);
    expect(places('found outside the station in Rotherham at 2am')).toEqual(['Rotherham']);
    expect(places('The team in Glasgow said no.')).toEqual([]);
    expect(places('The conference in Leeds was moved.')).toEqual([]);
  });

  it('hides a council’s town after a hospital, unit, school or church where someone is', () => {
    expect(places('mum is in hospital in nottingham since last week')).toEqual(['nottingham']);
    expect(places('referrals to the adolescent unit at Lancaster. She is 17.')).toEqual([
      'Lancaster',
    ]);
    expect(places('He has been placed at a school in Walsall.')).toEqual(['Walsall']);
    expect(places('the allegation at his previous church in Tewkesbury')).toEqual(['Tewkesbury']);
    expect(places('The service in Leeds closed it.')).toEqual([]);
    expect(places('The LADO at Walsall said no.')).toEqual([]);
  });

  it('knows Welsh towns the gazetteer gives in Welsh by their English names', () => {
    expect(isListedPlace('merthyr tydfil')).toBe(true);
    expect(places('to his mother, in Merthyr Tydfil; she could not be reached')).toEqual([
      'Merthyr Tydfil',
    ]);
  });

  it('hides an estate named in brackets after the town', () => {
    expect(places('moved from Gravesend (Christianfields estate) to her mum’s')).toEqual([
      'Gravesend',
      'Christianfields',
    ]);
    expect(places('they sat in the kitchen (Waiting area) for an hour')).toEqual([]);
  });

  it('hides a town after "then" in a list of moves, not a name or a council that acts', () => {
    expect(places('resettlement to Bolton in 2020, then Leicester, then here')).toEqual([
      'Bolton',
      'Leicester',
    ]);
    expect(places('We rang twice, then Leeds said they would not accept it.')).toEqual([]);
    expect(places('He waited, then Ashley came in.')).toEqual([]);
  });

  it('knows a seaside town by its first words', () => {
    expect(isListedPlace('clacton')).toBe(true);
    expect(isListedPlace('gorleston')).toBe(true);
    expect(places('he is at a flat in clacton above the chippy')).toEqual(['clacton']);
    expect(places('a caravan at Leysdown on Sheppey')).toEqual(['Leysdown']);
  });

  it('hides a town where someone works or sleeps, even one that is also a name', () => {
    expect(places('Dad is working in Boston and sleeping in the van.')).toEqual(['Boston']);
    expect(places('Dad is working in Preston now.')).toEqual(['Preston']);
    expect(places('Dad told Preston about it.')).toEqual([]);
  });

  it('hides a town after a hostel, hotel, site or farm and a comma, not after a council’s centre', () => {
    expect(places('Found in Room 7, Trinity House hostel, Walsall. Cause pending')).toEqual([
      'Walsall',
    ]);
    expect(places('Seen at the Civic Centre, Walsall, by the panel.')).toEqual([]);
    expect(
      hidden('Died at Room 7, Trinity House hostel, Walsall. Walsall Council disputes the SAR.'),
    ).toEqual(['Walsall']);
  });

  it('reads no lower-case name that starts with "the" as a town ("drove them to the bank")', () => {
    expect(places('Mr English drove with them to the bank twice.')).toEqual([]);
  });

  it('keeps a town in the possessive that starts an agency’s name', () => {
    expect(places('Paul Brennan at Croydon’s Adolescent Support team was told.')).toEqual([]);
    expect(places('Seen at Croydon’s market with Dan.')).toEqual(['Croydon']);
    const own = { child: { firstName: 'Ava' }, address: { town: 'Oldham' } };
    const found = anonymise(
      'Open to Oldham’s Complex Safeguarding team. Nan lives in Oldham.',
      own,
    );
    expect(found.findings.filter((f) => f.type === 'place').map((f) => f.start)).toEqual([57]);
  });

  it('proposes a town after "via" or "toward", in any case', () => {
    expect(places('She arrived via Dover. anpr hits on the m53 toward birkenhead.')).toEqual([
      'Dover',
      'birkenhead',
    ]);
  });

  it('proposes a town after "lives in", in any case, with high confidence', () => {
    const findings = findListedPlaces(
      'Nan lives in Pewsey; dad is living in tidworth.',
      tokenise('Nan lives in Pewsey; dad is living in tidworth.'),
      [],
      [],
    );
    expect(findings.map((f) => [f.original, f.confidence])).toEqual([
      ['Pewsey', 'high'],
      ['tidworth', 'high'],
    ]);
  });

  it('proposes a capitalised town after "in", "from", "near" or before "area", at medium confidence', () => {
    const text =
      'Seen at nursery in Potterne. Mum drove from Bradford-on-Avon, near Seend; the Corsham area.';
    expect(places(text)).toEqual(['Potterne', 'Bradford-on-Avon', 'Seend', 'Corsham']);
    expect(findListedPlaces(text, tokenise(text), [], [])[0]?.confidence).toBe('medium');
  });

  it('proposes a lower-case town after "in", "from", "near" or "to", but not after "at" or with no cue', () => {
    expect(places('we met in potterne, dad is from bradford on avon.')).toEqual([
      'potterne',
      'bradford on avon',
    ]);
    expect(places('we met at calne. Potterne school is good. Calne was mentioned.')).toEqual([]);
  });

  it('proposes a lower-case town of short words, and one after "out of"', () => {
    expect(places('she stays in new mills with her aunt')).toEqual(['new mills']);
    expect(places('he sells out of skelmersdale most nights')).toEqual(['skelmersdale']);
    expect(places('the clinic is out of hours, so she went to a gp')).toEqual([]);
  });

  it('does not propose a place that is also a given name or ordinary word without a strong cue', () => {
    expect(places('A call from Ashley and a visit from Barry; the text from Holt.')).toEqual([]);
    expect(places('Mum now lives in Ashley with her sister.')).toEqual(['Ashley']);
  });

  it('does not propose common words that name places, even after a cue', () => {
    expect(
      places('Reading at home is poor. In March she moved. There is hope in Street work.'),
    ).toEqual([]);
  });

  it('proposes a lower-case town straight after an address, or after "to" or "via"', () => {
    const text = 'missing from 22 cobden st luton. ran off to bootle';
    expect(places(text, [{ start: 13, end: 25, type: 'address' } as never])).toEqual([
      'luton',
      'bootle',
    ]);
  });

  it('proposes a town joined to an address or another place', () => {
    const text = '4 Elm Close, Urchfont and Rowde';
    expect(places(text, [{ start: 0, end: 21 }])).toEqual(['Rowde']);
    expect(places('They split time in Calne and Lyneham.')).toEqual(['Calne', 'Lyneham']);
  });

  it('proposes a town between two towns and the later mentions of a town found by a cue', () => {
    const text =
      'Sofa-surfing between Hayle and St Ives. Going back to Highworth. Highworth is far.';
    expect(places(text)).toEqual(['Hayle', 'St Ives', 'Highworth', 'Highworth']);
  });

  it('reports a cued town as a place, not as a stranger’s name', () => {
    const { findings } = anonymise('Mum was previously from Helston.', client);
    expect(findings.map((f) => [f.original, f.type])).toEqual([['Helston', 'place']]);
  });

  it('proposes an estate or area written in other ways, but not a room or a county', () => {
    expect(
      places(
        'Broadfields Estate again. The Westlea estate is busy; the Pinehurst area too. In the Waiting area, the Wiltshire area.',
      ),
    ).toEqual(['Broadfields', 'Westlea', 'Pinehurst']);
  });

  it('proposes a named housing estate', () => {
    expect(places('Family now on the Penhill estate; not the Council estate.')).toEqual([
      'Penhill',
    ]);
  });

  it('keeps a council, hospital, police station or pack team that contains the town', () => {
    const text =
      'Seen in Calne Community Hospital, then at Melksham Town Council and Malmesbury Police Station. Referred to the team in Pewsey Family Hub. Gran lives in Lyneham.';
    expect(hidden(text, ['Pewsey Family Hub'])).toEqual(['Lyneham']);
    expect(hidden('Swindon Borough Council and Wiltshire Council met at Swindon.')).toEqual([]);
    expect(hidden('He was seen at Bristol Royal Hospital for Children in Bristol.')).toEqual([]);
  });

  it('lists cities and Northern Irish towns the OS list leaves out', () => {
    for (const town of ['belfast', 'omagh', 'newtownabbey', 'leeds', 'stoke on trent'])
      expect(isListedPlace(town)).toBe(true);
    expect(places('Dad moved back to Omagh; mum is from Leeds.')).toEqual(['Omagh', 'Leeds']);
  });

  it('keeps a city after an agency word, or one the note names in a kept body', () => {
    expect(hidden('The health visiting team in Glasgow sent records.')).toEqual([]);
    expect(hidden('Mum grew up in Bradford.')).toEqual(['Bradford']);
    expect(hidden('Wakefield Council held the review at Wakefield.')).toEqual([]);
  });
});

describe('any other listed town or village', () => {
  function loose(text: string, taken: { start: number; end: number }[] = []): string[] {
    return findLoosePlaces(text, tokenise(text), [], taken).map((f) => f.original);
  }

  it('proposes a capitalised listed town with no cue, at low confidence', () => {
    const text = 'Nan says Potterne is too far. Seen at the Urchfont playgroup.';
    expect(loose(text)).toEqual(['Potterne', 'Urchfont']);
    expect(findLoosePlaces(text, tokenise(text), [], [])[0]?.confidence).toBe('low');
  });

  it('leaves lower case, names and ordinary words, council areas, surnames and agencies', () => {
    expect(
      loose('potterne was mentioned. Ashley and Reading rang. Wiltshire and Leeds too.'),
    ).toEqual([]);
    expect(loose('Mrs Potterne and Jo Urchfont attended Calne Community Hospital.')).toEqual([]);
  });

  it('leaves a town something surer already covers', () => {
    expect(loose('Potterne rang', [{ start: 0, end: 8 }])).toEqual([]);
  });

  it('is proposed by the anonymiser, unless a kept body holds it', () => {
    expect(hidden('Aunt is in Devizes more often than Potterne these days.')).toEqual([
      'Devizes',
      'Potterne',
    ]);
    expect(hidden('Spoke to Potterne Parish Council.')).toEqual([]);
  });
});

describe('suburbs and districts from the gazetteer', () => {
  it('lists suburbs, not an ordinary word or a name starting with "the"', () => {
    for (const suburb of ['seacroft', 'armley', 'moss side', 'blackbird leys'])
      expect(isListedPlace(suburb)).toBe(true);
    for (const word of ['felling', 'the close']) expect(isListedPlace(word)).toBe(false);
  });

  it('proposes a suburb after a cue, in any case', () => {
    expect(
      places('stays w/ her mum in seacroft. a lift from armley. Seen at Blackbird Leys at 3am.'),
    ).toEqual(['seacroft', 'armley', 'Blackbird Leys']);
  });

  it('leaves a suburb that no cue places anyone in', () => {
    const text = 'Seacroft said the plan was fine. Armley Road is closed.';
    expect(findLoosePlaces(text, tokenise(text), [], [])).toEqual([]);
    expect(places(text)).toEqual([]);
  });
});

describe('a town before a station or its centre', () => {
  it('proposes the town where someone was found or taken', () => {
    expect(
      places(
        'Found at Darlington station 01:30. Falkirk bus station. Taken to a hotel in Manchester city centre.',
      ),
    ).toEqual(['Darlington', 'Falkirk', 'Manchester']);
  });

  it('leaves a station’s own name', () => {
    expect(places('Interviewed at Darlington Police Station. Rang Falkirk Station.')).toEqual([]);
  });
});

describe('a listed name with an apostrophe, written without it', () => {
  it('lists "Lytham St Annes" beside "Lytham St Anne’s"', () => {
    expect(isListedPlace('lytham st annes')).toBe(true);
    expect(places('lives with parents in Lytham St Annes) and')).toEqual(['Lytham St Annes']);
  });
});

describe('places in text-speak', () => {
  it('proposes a listed place straight after "lives" or after "up", "down", "round", "over"', () => {
    expect(
      places('lives Hendon nr the docks; goes down Harehills most nights; living Bolton now'),
    ).toEqual(['Hendon', 'Harehills', 'Bolton']);
  });

  it('leaves shops and names after those words', () => {
    expect(places('went up Tesco, back down Asda, round Will’s house')).toEqual([]);
  });
});

describe('a town in a journey or after a building, even when it is also a given name', () => {
  it('proposes it after "took him to", "out in", "left" or "a leisure centre in"', () => {
    expect(
      places(
        'uncle took him to lincoln to see cuz. selling out in lincoln. They left Darlington. A leisure centre in Barry.',
      ),
    ).toEqual(['lincoln', 'lincoln', 'Darlington', 'Barry']);
  });

  it('proposes it after a street named with its kind: "a flat on Marsh Lane in Barry"', () => {
    expect(places('She stays at a flat on Dene Lane in Barry.')).toContain('Barry');
  });

  it('proposes a council’s town after "took them home to", where "home" is no agency', () => {
    expect(places('his uncle came and took them home to kettering.')).toEqual(['kettering']);
  });

  it('leaves a given name someone went to see, or spoke to', () => {
    expect(places('He went to see Barry. I spoke to Barry.')).toEqual([]);
  });
});

describe('a town alone in brackets after a name', () => {
  it('takes a relative’s or a surgery’s town in brackets', () => {
    expect(places('Paternal nan Mrs Edna Pryce (Kendal) rang the school.')).toEqual(['Kendal']);
    expect(places('His uncle, Mr Tomasz Nowak (Crewe), collects him.')).toEqual(['Crewe']);
  });

  it('leaves a council named in brackets after an acronym or an agency’s word', () => {
    expect(places('The placing LA (Sandwell) say she is not theirs.')).toEqual([]);
    expect(places('Children’s Services (Wigan) closed it.')).toEqual([]);
  });
});
