import { describe, expect, it } from 'vitest';
import { findLandmarkPlaces } from './landmark-places';

const found = (text: string) => findLandmarkPlaces(text).map((f) => f.original);

describe('named bridges, piers and underpasses', () => {
  it('takes the whole proper name after "the" or a word that puts someone there', () => {
    expect(found('Officers attended the Kingsmere Road Bridge at 2300.')).toEqual([
      'Kingsmere Road Bridge',
    ]);
    expect(found('He fell off his bike on Hollin Bridge and ran to the Eastcliff Pier.')).toEqual([
      'Hollin Bridge',
      'Eastcliff Pier',
    ]);
  });

  it('leaves a person called Bridge, a kind word alone and a possessive', () => {
    expect(found('She had a letter from Kevin Bridge today.')).toEqual([]);
    expect(found('The Bridge is closed. We met at the bridge.')).toEqual([]);
    expect(found('They went to Mr Harlow Bridge’s house.')).toEqual([]);
  });
});

describe('named faith, leisure and shopping buildings someone is at', () => {
  it('takes the name and its kind after a word that puts someone there', () => {
    expect(found('They pray at Masjid Al-Noorani on Fridays.')).toEqual(['Masjid Al-Noorani']);
    expect(found('people will talk at the Greenhill Road Mosque.')).toEqual([
      'Greenhill Road Mosque',
    ]);
    expect(found('He attends Bethany Church of God on Sundays.')).toEqual([
      'Bethany Church of God',
    ]);
    expect(found('seen outside Moorside Leisure Centre at 9pm')).toEqual([
      'Moorside Leisure Centre',
    ]);
  });

  it('leaves a writer’s own building heading a letter, and a building named with no frame', () => {
    expect(found('Concern from Sri Ganesh Temple Tamil class')).toEqual([]);
    expect(found('Westfield Central Mosque – madrasa report')).toEqual([]);
    expect(found('She goes to church at the weekend.')).toEqual([]);
  });
});

describe('a district named before the lower-case kind of place there', () => {
  it('takes the district, not the kind', () => {
    expect(found('He was seen near the Brackley sidings again.')).toEqual(['Brackley']);
    expect(found('a flat above the Moss Side chip shop')).toEqual(['Moss Side']);
    expect(found('arrested at Hollins Moor park; he works out of Fenwick Lane depot')).toEqual([
      'Hollins Moor',
      'Fenwick Lane',
    ]);
    expect(found('cash from the Pen-y-Bont Post Office')).toEqual(['Pen-y-Bont']);
  });

  it('leaves a chain, a public body and a kind with no frame before it', () => {
    expect(found('They met in the Tesco car park and at the Police station.')).toEqual([]);
    expect(found('Holiday park closes in November.')).toEqual([]);
    expect(found('at the Christmas market')).toEqual([]);
  });
});
