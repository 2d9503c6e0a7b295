import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { findPostcodes } from './address';
import { findTownsBeforePostcodes, retypeTownsAfterAddresses, TOWN_REASON } from './address-towns';
import { makeFinding, type Finding } from './types';

const client = { child: { firstName: 'Ava' } };

function typed(text: string): [string, string][] {
  return anonymise(text, client).findings.map((f) => [f.type, f.original]);
}

describe('towns after a street address', () => {
  it('hides the town after a street address as a place, the street as an address', () => {
    expect(typed('Ava lives at 22 Station Rd, Bletchley, since May.')).toEqual([
      ['name', 'Ava'],
      ['address', '22 Station Rd'],
      ['place', 'Bletchley'],
    ]);
  });

  it('takes a district before a postcode', () => {
    const found = typed('Address 16 Meadow View, Kidsgrove, ST7 4HJ.');
    expect(found).toContainEqual(['place', 'Kidsgrove']);
    expect(found).toContainEqual(['address', '16 Meadow View']);
  });

  it('turns a guess at a stranger’s name in the town slot into a place', () => {
    const text = 'Ava is at 4 Bluebell Walk, Stanley, where I visited.';
    const street = makeFinding(
      text,
      { start: 10, end: 25 },
      {
        type: 'address',
        replacement: '[address]',
        reason: 'A street address',
        confidence: 'high',
      },
    );
    const guess = makeFinding(
      text,
      { start: 27, end: 34 },
      {
        type: 'name',
        replacement: '[name]',
        reason: 'A capitalised word',
        confidence: 'low',
      },
    );
    expect(retypeTownsAfterAddresses(text, [street, guess]).map((f) => f.type)).toEqual([
      'address',
      'place',
    ]);
  });

  it('leaves a street after a flat, a sure name and a town written with no comma alone', () => {
    const text = 'Flat 3, Church Lane. 9 Elm Close, Jo Smith said. 5 Oak Rd Luton.';
    const at = (s: string) => text.indexOf(s);
    const finding = (s: string, f: Partial<Finding>): Finding =>
      makeFinding(
        text,
        { start: at(s), end: at(s) + s.length },
        {
          type: 'address',
          replacement: '[address]',
          reason: TOWN_REASON,
          confidence: 'medium',
          ...f,
        },
      );
    const findings = [
      finding('Flat 3', { reason: 'A flat' }),
      finding('Church Lane', {}),
      finding('9 Elm Close', { reason: 'A street address' }),
      finding('Jo Smith', { type: 'name', replacement: '[name]', confidence: 'high' }),
      finding('5 Oak Rd', { reason: 'A street address' }),
      finding('Luton', {}),
    ];
    expect(retypeTownsAfterAddresses(text, findings).map((f) => f.type)).toEqual(
      findings.map((f) => f.type),
    );
  });
});

describe('the record’s own town after its address', () => {
  it('is a place of its own, as a town after any address', () => {
    const own = { child: { firstName: 'Ava' }, address: { line1: '4 Elm Close', town: 'Devizes' } };
    const found = anonymise('Ava lives at 4 Elm Close, Devizes.', own).findings;
    expect(found.map((f) => [f.type, f.original])).toEqual([
      ['name', 'Ava'],
      ['address', '4 Elm Close'],
      ['place', 'Devizes'],
    ]);
  });
});

describe('a street named without a street word', () => {
  it('is an address after "on", but not a region, an island, a town after "in" or one harmed', () => {
    expect(typed('He keeps stuff at his nan’s flat on Tower Hill and owes them.')).toContainEqual([
      'address',
      'Tower Hill',
    ]);
    expect(typed('Seen on Merseyside with her cousin.')).not.toContainEqual([
      'address',
      'Merseyside',
    ]);
    expect(typed('Found in Tower Hill at midnight.')).not.toContainEqual(['address', 'Tower Hill']);
    expect(typed('Dad was convicted of ABH on Tower Hill.')).not.toContainEqual([
      'address',
      'Tower Hill',
    ]);
  });
});

describe('a town that is also the family’s surname', () => {
  it('is the place in the town slot before a postcode, and a name elsewhere', () => {
    const holts = {
      child: { firstName: 'Jessica', lastName: 'Holt' },
      address: { line1: 'Flat 3, 17 Station Road', town: 'Holt', postcode: 'NR25 6BS' },
    };
    const found = anonymise(
      'Re: Jessica Holt, Flat 3, 17 Station Road, Holt NR25 6BS. Seen with Mrs Holt, Station Road, Holt.',
      holts,
    ).findings.map((f) => [f.type, f.original]);
    // The town slots: before the postcode, and after the second street and its comma.
    expect(found.filter(([type]) => type === 'place')).toEqual([
      ['place', 'Holt'],
      ['place', 'Holt'],
    ]);
    expect(found).toContainEqual(['name', 'Jessica Holt']);
    expect(found).toContainEqual(['name', 'Mrs Holt']);
  });
});

describe('findTownsBeforePostcodes', () => {
  const towns = (text: string): string[] =>
    findTownsBeforePostcodes(text, findPostcodes(text)).map((f) => f.original);

  it('proposes the town written straight before a postcode, with or without a comma', () => {
    expect(towns('home flat 7 the maltings Ware SG12 9AZ. Herts MASH said wait.')).toEqual([
      'Ware',
    ]);
    expect(towns('Lives 5 Harbour View, Bognor Regis, PO21 1AA.')).toEqual(['Bognor Regis']);
    expect(towns('moved to swindon sn2 1pl last week')).toEqual(['swindon']);
  });

  it('leaves a street, estate or building before the postcode to the address', () => {
    expect(towns('Flat 3B Rowan Court SN2 1PL')).toEqual([]);
    expect(towns('flat 14 Cedar House, Pemberton Estate n19 5rq')).toEqual([]);
  });

  it('keeps ordinary words and first names before a postcode', () => {
    expect(towns('the postcode is SN2 1PL')).toEqual([]);
    expect(towns('Kayden SN2 1PL')).toEqual([]);
  });
});

describe('towns after a site, a building or another town', () => {
  it('takes a town after "council site", a hostel, a hotel or a station and a comma', () => {
    expect(
      typed('Visit to the Tilers Lane council site, Newark. Mum asked for help.'),
    ).toContainEqual(['place', 'Newark']);
    expect(typed('Family on the Ravenswood Road site, Cardiff, bay 6.')).toContainEqual([
      'place',
      'Cardiff',
    ]);
    expect(typed('Placed in B&B (Room 12, the Crown Hotel, Rotherham) pending.')).toContainEqual([
      'place',
      'Rotherham',
    ]);
    expect(typed('Sleeping behind the bus station, Hanley. Pregnant.')).toContainEqual([
      'place',
      'Hanley',
    ]);
  });

  it('takes the second town of a chain after an address', () => {
    expect(typed('She lives at 3 Beacon View, Ormsgill, Barrow. Police aware.')).toContainEqual([
      'place',
      'Barrow',
    ]);
  });

  it('leaves a person named after a building and a comma', () => {
    expect(typed('Met at the station, Kerry said she was fine.')).not.toContainEqual([
      'place',
      'Kerry',
    ]);
  });
});
