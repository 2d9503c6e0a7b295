import { describe, expect, it } from 'vitest';
import { findAddressesAbroad } from './addresses-abroad';

function found(text: string): string[] {
  return findAddressesAbroad(text).map((f) => `${f.type}:${f.original}`);
}

describe('addresses abroad', () => {
  it('finds an Eircode and an Irish county, not a probation number or a UK plate', () => {
    expect(found('4 Rock Street, Tralee, Co. Kerry, V92 K7P3, phone')).toEqual([
      'postcode:V92 K7P3',
      'place:Co. Kerry',
    ]);
    expect(found('Macroom, County Cork (P12 X2Y4). Dublin D6W 5K2X')).toEqual([
      'postcode:P12 X2Y4',
      'postcode:D6W 5K2X',
      'place:County Cork',
    ]);
    expect(found('CRN X448120, plate M531 UKJ, room A12 2020, Co-op Cork Street')).toEqual([]);
  });

  it('finds a street written before its name and number, with the postcode and town after it', () => {
    expect(found('Previous address: ul. Gdańska 18/4, 85-005 Bydgoszcz, Poland')).toEqual([
      'address:ul. Gdańska 18/4',
      'postcode:85-005',
      'place:Bydgoszcz',
    ]);
    expect(found('with grandparents at Strada Morii 12, Bacău. Dad says')).toEqual([
      'address:Strada Morii 12',
      'place:Bacău',
    ]);
    expect(found('dads family (wroclaw, ul. Legnicka 52/7) have told mum')).toEqual([
      'address:ul. Legnicka 52/7',
    ]);
    expect(found('Her aunt lives at Calle Mayor 5, Madrid.')).toEqual([
      'address:Calle Mayor 5',
      'place:Madrid',
    ]);
  });

  it('finds no street abroad where a street word is an English word or no number follows', () => {
    expect(found('He came via Lithuania 2 years ago; the rue was busy; Strada Nouă.')).toEqual([]);
  });
});
