import { describe, expect, it } from 'vitest';
import { findLooseAddresses } from './loose-address';

function found(text: string): string[] {
  return findLooseAddresses(text).map((f) => f.original);
}

describe('loosely written street addresses', () => {
  it('finds a house number and street in lower case or abbreviated', () => {
    expect(found('now at 14 rowan close. Before that 3 Mill Ln and 22 Oak Rd. too')).toEqual([
      '14 rowan close',
      '3 Mill Ln',
      '22 Oak Rd.',
    ]);
  });

  it('does not take counts, sums or times for a house number', () => {
    expect(
      found('2 children on the way. Seen 3 times a day. Paid £40 on the road. Since 10 st ever.'),
    ).toEqual([]);
  });

  it('finds a flat or apartment with or without its block', () => {
    expect(found('She is in flat 3b Rowan Court; he rents Apartment 9 and apt. 12.')).toEqual([
      'flat 3b Rowan Court',
      'Apartment 9',
      'apt. 12',
    ]);
  });

  it('finds a caravan, pitch or plot number where a family lives, but not a count of them', () => {
    expect(found('Visited the site, pitch 14. Before that caravan 3, then Plot 7.')).toEqual([
      'pitch 14',
      'caravan 3',
      'Plot 7',
    ]);
    expect(found('There are 14 pitches and 3 caravans; the pitch was muddy.')).toEqual([]);
  });

  it('finds the name of a boat someone lives on, in quotes after the boat’s word', () => {
    expect(found('lives on narrowboat "Kingfisher" (CRT licence 517720) with mum')).toEqual([
      'Kingfisher',
    ]);
    expect(found('her dad’s boat at Brayford Pool (narrowboat “Lady Jane”).')).toEqual([
      'Lady Jane',
    ]);
    expect(found('a houseboat called ‘Merlin’ upstream')).toEqual(['Merlin']);
    expect(found("mum said the boat 'is fine' for now")).toEqual([]);
  });

  it('finds a street named without a number after a cue, in any case, at medium confidence', () => {
    const findings = findLooseAddresses(
      'Dad lives off station road. The flat above the shop on Kestrel Way.',
    );
    expect(findings.map((f) => [f.original, f.confidence])).toEqual([
      ['station road', 'medium'],
      ['Kestrel Way', 'medium'],
    ]);
  });

  it('does not take an agency or an ordinary phrase for a street', () => {
    expect(found('The hearing at Family Court is on Monday; they went on the way home.')).toEqual(
      [],
    );
  });

  it('finds a named house or farm after an address cue or before a street', () => {
    expect(
      found(
        'Lives at The Bungalow, Church Lane. Family: Rose Cottage, 2 Wood Lane. Visited Carn Farm, Botallack. Jo from Civic House, Trowbridge rang.',
      ),
    ).toEqual(['The Bungalow', 'Rose Cottage', '2 Wood Lane', 'Carn Farm']);
  });

  it('finds a house number before "the" and a street name after a cue', () => {
    expect(
      found('they live 22 the brambles, thetford; nan is at 20 The Glebe. Seen at 3 the latest.'),
    ).toEqual(['22 the brambles', '20 The Glebe']);
  });

  it('finds streets named type first, in Welsh or French, with a Welsh house name before them', () => {
    expect(
      found(
        'Home: Tŷ Gwyn, Ffordd yr Orsaf, Llanberis. Nain lives at 4 Heol y Bont. Lives 5 Rue de Guernsey Court, Bognor.',
      ),
    ).toEqual(['Tŷ Gwyn, Ffordd yr Orsaf', '4 Heol y Bont', '5 Rue de Guernsey Court']);
    expect(found('Rue said the ffordd was closed; Heol is her cousin.')).toEqual([]);
    expect(found('neighbour at no. 14 Heol Y Felin said; Stryd Yr Eglwys, Bala')).toEqual([
      '14 Heol Y Felin',
      'Stryd Yr Eglwys',
    ]);
  });

  it('finds a pitch, caravan, room or block with its site or building, and a hill top or canal side', () => {
    expect(
      found(
        'Visited the site, pitch 14. Before that caravan 3, Golden Valley park. Room 214, Park Inn, Heathrow. Block C, Marsh House, Gateshead. At 42 Hill Top, Wednesbury and 29 canal side, stourport.',
      ),
    ).toEqual([
      'pitch 14',
      'caravan 3, Golden Valley park',
      'Room 214, Park Inn',
      'Block C, Marsh House',
      '42 Hill Top',
      '29 canal side',
    ]);
    expect(found('Placed in B&B (Room 12, the Crown Hotel, Rotherham) pending.')).toEqual([
      'Room 12, the Crown Hotel',
    ]);
    expect(found('Met in room 4 at school. Block 2 of the course. 5 weeks either side.')).toEqual(
      [],
    );
  });
});

describe('a street named without a number', () => {
  it('finds a capitalised street with no cue, and one after a flat, a relative’s home or a bracket', () => {
    expect(
      found(
        'moved to gran’s, Caerleon Road, last week. (upstairs flat, Parliament Road). flat, Drummond Place, Larbert. They stay in Ibrox (Copland Road, top flat). She walked down Church Street.',
      ),
    ).toEqual([
      'Caerleon Road',
      'Parliament Road',
      'Drummond Place',
      'Copland Road',
      'Church Street',
    ]);
  });

  it('reads an abbreviated type after a lower-case street name', () => {
    expect(found('slept in the bus shelter on colne rd. then on whitehall rd - mum')).toEqual([
      'colne rd',
      'whitehall rd',
    ]);
  });

  it('leaves an agency named after its street, a person whose surname is a street type and ordinary words', () => {
    expect(
      found(
        'The Queen Street team. Park Road Surgery. Station Road is closed. Phoebe Lane, support worker. On the same street.',
      ),
    ).toEqual([]);
  });
});

describe('a house number and "the" street after whose house it is', () => {
  it('finds it after a possessive and a comma, in any case', () => {
    expect(found('staying at nan’s, 14 the Green, Bolton')).toContain('14 the Green');
    expect(found('NOW AT FATHER DEAN HOLTS, 2 THE CRESCENT, HEXHAM')).toContain('2 THE CRESCENT');
  });

  it('leaves a count after a plural', () => {
    expect(found('she has two boys, 2 the others are girls')).toEqual([]);
  });
});

describe('a computer drive and the high street in lower case', () => {
  it('keeps a shared drive and "the high street", and finds a high street named as a street', () => {
    expect(found('photos saved on the shared drive. letter on shared drive')).toEqual([]);
    expect(found('she shops at Boots on the high street most days')).toEqual([]);
    expect(found('lives on lark drive with nan')).toEqual(['lark drive']);
  });
});
