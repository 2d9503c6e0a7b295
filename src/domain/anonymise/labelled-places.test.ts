import { describe, expect, it } from 'vitest';
import { findLabelledPlaces } from './labelled-places';

const found = (text: string) => findLabelledPlaces(text).map((f) => f.original);

describe('a named home or placement after a form’s label', () => {
  it('takes the name up to a comma, a bracket or the line’s end', () => {
    expect(found('Placement: Brookside, Elm Road, Hexby')).toEqual(['Brookside']);
    expect(found('Home: Larch Cottage (foster home)\nSchool: x')).toEqual(['Larch Cottage']);
    expect(found('Road: 4 Elm Road Town: Hexby upon Tyne   Postcode: HX1 1AA')).toEqual([
      'Hexby upon Tyne',
    ]);
  });

  it('leaves a lower-case kind, an address with a number, an agency and an ordinary word', () => {
    expect(found('Placement: residential home. School: Oak Academy')).toEqual([]);
    expect(found('Home: 12 Elm Road, Hexby')).toEqual([]);
    expect(found('Placement: Family Centre, Hexby')).toEqual([]);
    expect(found('Home: Unknown, mum will not say')).toEqual([]);
    expect(found('Home: Tesco, car park')).toEqual([]);
  });

  it('leaves a kind of placement, the family a child lives with, and a room in a school', () => {
    expect(found('Placement: Kinship, with nan')).toEqual([]);
    expect(found('Home: Maternal Grandmother')).toEqual([]);
    expect(found('Placement: Supported Lodgings')).toEqual([]);
    expect(found('Location: Dining Hall')).toEqual([]);
  });
});
