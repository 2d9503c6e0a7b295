import { describe, expect, it } from 'vitest';
import {
  findKnownAddress,
  findPostcodes,
  findStreetAddresses,
  findTownsInAddresses,
} from './address';
import { findLooseAddresses } from './loose-address';

const client = {
  child: { firstName: 'Test' },
  address: {
    line1: 'Flat 3, 27 Tenter Street',
    line2: 'Bellfield Estate',
    town: 'Kidderminster',
    postcode: 'DY10 3LP',
  },
};

describe('findPostcodes', () => {
  it('finds UK postcodes spaced or not, in any case', () => {
    const found = findPostcodes('At B97 4XY, then wr141qd, then dy10 3lp and SW1A 1AA.').map(
      (f) => f.original,
    );
    expect(found).toEqual(['B97 4XY', 'wr141qd', 'dy10 3lp', 'SW1A 1AA']);
  });

  it('finds a postcode in capitals spaced inside its inward code, or scanned with O for nought', () => {
    const found = findPostcodes('Lives at S5 9 FD; form says B1O 9QP and LS6 2 AB.').map(
      (f) => f.original,
    );
    expect(found).toEqual(['S5 9 FD', 'B1O 9QP', 'LS6 2 AB']);
    expect(findPostcodes('Room s5 9 fd; BOO 1AB; Year 5 9 AM; S5 9 AV.')).toEqual([]);
  });

  it('ignores look-alikes that break the postcode rules', () => {
    expect(findPostcodes('Codes QV1 1AA, B97 4XI and AB12 are not postcodes; nor is S47.')).toEqual(
      [],
    );
  });
});

describe('findKnownAddress', () => {
  it('finds the address lines in any case and with abbreviations', () => {
    const found = findKnownAddress(
      'Moved from flat 3, 27 tenter st. to a hostel; Tenter Street is near.',
      client,
    );
    expect(found.map((f) => f.original)).toEqual(['flat 3, 27 tenter st', 'Tenter Street']);
  });

  it('finds the second address line', () => {
    expect(findKnownAddress('lives on the Bellfield Estate', client)[0]?.original).toBe(
      'Bellfield Estate',
    );
  });
});

describe('findStreetAddresses', () => {
  it('finds a house number and street the record does not know', () => {
    const found = findStreetAddresses(
      'He lives at 52 Holloway Drive and works at 5 Cherry Tree Lane.',
    );
    expect(found.map((f) => [f.original, f.confidence])).toEqual([
      ['52 Holloway Drive', 'high'],
      ['5 Cherry Tree Lane', 'high'],
    ]);
  });

  it('proposes a street named without a number after "to", "at" or "on", with medium confidence', () => {
    const [found] = findStreetAddresses('She moved to Holloway Drive last week.');
    expect(found).toMatchObject({ original: 'Holloway Drive', confidence: 'medium' });
  });

  it('takes a "Heights" street with its number, but no "Year 9 Maths Top set"', () => {
    const text = 'Family at 17 Creggan Heights, Derry. She is in Year 9 Maths Top set.';
    expect(findStreetAddresses(text).map((f) => f.original)).toEqual(['17 Creggan Heights']);
  });

  it('takes abbreviated streets: "4 Alma Tce", "on Cricklade Rd", "on Aquarium St"', () => {
    const text = 'at 4 Alma Tce, Spalding. He stays on Cricklade Rd and near Aquarium St.';
    expect(findStreetAddresses(text).map((f) => f.original)).toEqual([
      '4 Alma Tce',
      'Cricklade Rd',
      'Aquarium St',
    ]);
    expect(findStreetAddresses("She is at St Bede's and at Mary St's fair.")).toEqual([]);
  });

  it('takes a numbered street whose word is a northern or older one: Bank, Gate, Approach, Side', () => {
    const text =
      'Moved from 3 Willow Bank to 14 Gipton Approach, then 12 Belgrave Gate and 14 Canal Side.';
    expect(findStreetAddresses(text).map((f) => f.original)).toEqual([
      '3 Willow Bank',
      '14 Gipton Approach',
      '12 Belgrave Gate',
      '14 Canal Side',
    ]);
    expect(findStreetAddresses('She got 3 Food Bank parcels and a gate pass.')).toEqual([]);
  });

  it('does not take an agency for a street', () => {
    expect(findStreetAddresses('The hearing at Family Court is on Monday.')).toEqual([]);
  });
});

describe('findTownsInAddresses', () => {
  it('takes a town that continues an address before a postcode', () => {
    const text = '23 Coronation Street, Stourport, DY13 9HJ';
    const found = [...findStreetAddresses(text), ...findPostcodes(text)];
    expect(findTownsInAddresses(text, client, found).map((f) => f.original)).toEqual(['Stourport']);
  });

  it('takes a town that ends the address line with no postcode, medium confidence', () => {
    const text = 'Now at 12 Larch Grove, Melksham. Visited 3 Quarry Row, Bude, on Monday.';
    const found = findTownsInAddresses(text, client, findStreetAddresses(text));
    expect(found.map((f) => [f.original, f.confidence])).toEqual([
      ['Melksham', 'medium'],
      ['Bude', 'medium'],
    ]);
  });

  it('takes a listed district before a quote or a bracket, and a council’s area in brackets after it', () => {
    const text =
      'stay at 9 Holly Bank, Lees" pending a survey. Lives at 14 Wellington Tce, Shirley (Solihull).';
    const found = findTownsInAddresses(text, client, findStreetAddresses(text));
    expect(found.map((f) => [f.type, f.original])).toEqual([
      ['place', 'Lees'],
      ['place', 'Shirley'],
      ['place', 'Solihull'],
    ]);
  });

  it('leaves a name in brackets after an address’s district that is no place', () => {
    const text = 'Lives at 14 Wellington Tce, Shirley (Kayden’s nan).';
    const found = findTownsInAddresses(text, client, findStreetAddresses(text));
    expect(found.map((f) => f.original)).toEqual(['Shirley']);
  });

  it('leaves a name after an address alone', () => {
    const text = 'Visited 23 Coronation Street, Kelly was out.';
    expect(findTownsInAddresses(text, client, findStreetAddresses(text))).toEqual([]);
  });

  it('proposes the town as a place, even when the sentence goes on in lower case', () => {
    const text =
      'Seen outside 5 Laburnum Grove, Thornaby several times; 9 Dalmarnock Road, Bridgeton he said.';
    const found = findTownsInAddresses(text, client, findStreetAddresses(text));
    expect(found.map((f) => [f.type, f.original])).toEqual([
      ['place', 'Thornaby'],
      ['place', 'Bridgeton'],
    ]);
  });

  it('takes a listed town in lower case after a lower-case street, before a postcode or a comma', () => {
    const text = 'missing from 22 cobden st luton lu2 0nh. adress is 48 tudor rd, barry, cf62 8hq.';
    const found = [...findLooseAddresses(text), ...findPostcodes(text)];
    const towns = findTownsInAddresses(text, client, found).map((f) => f.original);
    expect(towns).toContain('luton');
    expect(towns).toContain('barry');
  });

  it('keeps the words of a sentence after an address: no town in "the dogs" or "and her"', () => {
    const text =
      'Visited 8 Carn Road, Botallack the dogs were loose. At 3 Elm Close, and her mum said no.';
    const found = findTownsInAddresses(text, client, findStreetAddresses(text));
    expect(found.map((f) => f.original)).toEqual(['Botallack']);
  });

  it('keeps a site or street written in lower case after the capitalised words', () => {
    const text = 'before that caravan 3, Golden Valley park. Then 4 Elm Close, Stanley road end.';
    const found = findTownsInAddresses(text, client, [
      ...findLooseAddresses(text),
      ...findStreetAddresses(text),
    ]);
    expect(found).toEqual([]);
  });

  it('keeps an estate or building after the address as part of the address', () => {
    const text = 'Home: Flat 5, 2 Coleridge Road, St Matthews Estate, LE1 2QP.';
    const found = findTownsInAddresses(text, client, [
      ...findStreetAddresses(text),
      ...findPostcodes(text),
    ]);
    expect(found.map((f) => [f.type, f.original])).toEqual([['address', 'St Matthews Estate']]);
  });

  it('takes a street with a compass word after it, and the district after that', () => {
    const text = 'at 2/1, 45 Paisley Road West, Kinning Park, G51 1LF.';
    const streets = findStreetAddresses(text);
    expect(streets.map((f) => f.original)).toEqual(['45 Paisley Road West']);
    const found = findTownsInAddresses(text, client, [...streets, ...findPostcodes(text)]);
    expect(found.map((f) => [f.type, f.original])).toEqual([['place', 'Kinning Park']]);
  });
});

describe('a date and a title are no street', () => {
  it('leaves "10 October Dr Simmons" and finds "10 Oak Dr"', () => {
    const text = 'On 10 October Dr Anya Simmons saw her at 10 Oak Dr.';
    expect(findStreetAddresses(text).map((f) => f.original)).toEqual(['10 Oak Dr']);
    expect(findLooseAddresses(text).map((f) => f.original)).toEqual(['10 Oak Dr.']);
  });
});

describe('agency words that name streets', () => {
  it('finds "Front Street" and "School Lane" after a cue, and keeps a front door team', () => {
    const text =
      'His car was left running on Front Street. A fight on School Lane. Rang the Front Door Team.';
    expect(findStreetAddresses(text).map((f) => f.original)).toEqual([
      'Front Street',
      'School Lane',
    ]);
    expect(findStreetAddresses('She rang the Police Street team').map((f) => f.original)).toEqual(
      [],
    );
  });
});

describe('round 21: a service named for its street, and a reference before a letter', () => {
  it('leaves a surgery or police station named for its street, not a street lived on', () => {
    const streets = (text: string) => findStreetAddresses(text).map((f) => f.original);
    expect(streets('letter to GP at Mill Road Surgery.')).toEqual([]);
    expect(streets('brought to Kent Road Police Station')).toEqual([]);
    expect(streets('she lives on Mill Road.')).toEqual(['Mill Road']);
  });

  it('does not read a reference and a letter’s greeting as a house number and street', () => {
    expect(findStreetAddresses('Our ref: AB/CD/2291\n\nDear Dr Cole,')).toEqual([]);
  });
});
