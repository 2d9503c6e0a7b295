import { describe, expect, it } from 'vitest';
import { findKindPlaces } from './kind-places';

const found = (text: string) => findKindPlaces(text).map((f) => `${f.type}:${f.original}`);

describe('findKindPlaces', () => {
  it('takes a name set beside its kind', () => {
    expect(found('She works at the family’s takeaway, Copper Kettle, at night.')).toEqual([
      'place:Copper Kettle',
    ]);
    expect(found('His nursery (Little Owls, Brook Lane) rang.')).toEqual(['school:Little Owls']);
    expect(found('a job at his uncle’s restaurant "Blue Harbour".')).toEqual([
      'place:Blue Harbour',
    ]);
  });

  it('takes a name with its kind after it', () => {
    expect(found('buried at Hollin Brook Cemetery on Friday')).toEqual([
      'place:Hollin Brook Cemetery',
    ]);
    expect(found('rents through Marsh Way Lettings; the damp')).toEqual([
      'place:Marsh Way Lettings',
    ]);
    expect(found('a place at Puddle Ducks Pre-school from May')).toEqual([
      'school:Puddle Ducks Pre-school',
    ]);
    expect(found('Dad drinks at The Fox’s Head most nights')).toEqual(['place:The Fox’s Head']);
    expect(found('seen at the Quarry Arms on Friday')).toEqual(['place:Quarry Arms']);
  });

  it('takes a church named in its own language, and a Welsh playgroup', () => {
    expect(found('they go to Igreja Luz do Mundo on Sundays')).toEqual(['place:Igreja Luz']);
    expect(found('she attends Cylch Meithrin Penrhos')).toEqual(['school:Cylch Meithrin Penrhos']);
  });

  it('leaves a kind alone, a role, and a person after a kind', () => {
    expect(found('The Crematorium was closed. Assembly at 9.')).toEqual([]);
    expect(found('the Deputy Head said he was fine')).toEqual([]);
    expect(found('at nursery, Amy said she was hungry')).toEqual([]);
    expect(found('a man from the church, Mr Tobias Grint, visits')).toEqual([]);
    expect(found('from the pub, Nick" stays over')).toEqual([]);
    expect(found('he does the shopping, and nursery shuts at 6')).toEqual([]);
    expect(found('the shop, Tesco Express, on the corner')).toEqual([]);
  });
});

describe('findKindPlaces after "from"', () => {
  it('leaves a person from a place named after it', () => {
    expect(found('a man from the mosque, Tariq Noorani, offered a room')).toEqual([]);
    expect(found('a friend from Hillside Buddhist temple, Dorje Lama (07700 900 000)')).toEqual([]);
  });
});

describe('findKindPlaces before a person’s details', () => {
  it('leaves a person with a number, an age or a deed after them', () => {
    expect(found('rang the temple, Dorje Lama (07700 900 000), today')).toEqual([]);
    expect(found('her church, Grace Adu, who lends money')).toEqual([]);
  });
});
