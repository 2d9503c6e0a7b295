import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { findBranchDistricts, findBusinessPlaces } from './business-places';
import type { KnownClient } from './types';

const found = (text: string) => findBusinessPlaces(text).map((f) => f.original);

describe('small businesses named with their trade', () => {
  it('takes the whole name after a word that puts someone there', () => {
    expect(found('He works at Bright Wave Hand Car Wash on Mill Road.')).toEqual([
      'Bright Wave Hand Car Wash',
    ]);
    expect(found('Her uncle runs Yilmaz Kebab House near the station.')).toEqual([
      'Yilmaz Kebab House',
    ]);
    expect(found("She is the owner of Penfold's Farm Shop & Café, Little Ashby.")).toEqual([
      "Penfold's Farm Shop & Café",
    ]);
    expect(found('He has a job at Apex Tyres & Exhausts.')).toEqual(['Apex Tyres & Exhausts']);
    expect(found('a payslip from "QRT Autos Ltd" for £80')).toEqual(['QRT Autos Ltd']);
    expect(found('placed with Hollins & Son Electrical in Dunby')).toEqual([
      'Hollins & Son Electrical',
    ]);
    expect(found('Location: Marshfield Growers, Dyke Lane')).toEqual(['Marshfield Growers']);
  });

  it('takes a local taxi firm a driver works for, and a firm named after its kind', () => {
    expect(found('he drives a taxi for Hilltop Cabs most nights')).toEqual(['Hilltop Cabs']);
    expect(found('the driver, Dean Hollis of Moorside Cars, was')).toEqual(['Moorside Cars']);
    expect(found('His firm, Rapid Taxis, keeps the audio.')).toEqual(['Rapid Taxis']);
    expect(found('her aunt runs a nail bar, Star Nails, in town')).toEqual(['Star Nails']);
    expect(found('officers attended Jade Nails on a welfare check')).toEqual(['Jade Nails']);
  });

  it('leaves a firm named in passing, a chain and a public body', () => {
    expect(found('a licensing visit today to Glitter Nails, 4 High St')).toEqual([]);
    expect(found('a van marked "KP Builders" outside')).toEqual([]);
    expect(found('driver Imran from Town Cars picked her up')).toEqual([]);
    expect(found('the head of Apex Cars said he was suspended')).toEqual([]);
    expect(found('she works at Tesco Stores in town')).toEqual([]);
    expect(found('referred to Housing Solutions at the Council Stores')).toEqual([]);
  });

  it('hides the name as one place, not its words as a stranger', () => {
    const client: KnownClient = { child: { firstName: 'Tomasz', lastName: 'Wrona' } };
    const { findings } = anonymise('Tomasz works at Sunbeam Hand Car Wash every day.', client);
    expect(findings.map((f) => [f.original, f.type])).toEqual([
      ['Tomasz', 'name'],
      ['Sunbeam Hand Car Wash', 'place'],
    ]);
  });
});

describe("a chain's branch named by its district", () => {
  const branch = (text: string) => findBranchDistricts(text).map((f) => f.original);

  it('takes a listed district before or after the chain', () => {
    expect(branch('Mum works at the Kingswood Tesco on Saturdays.')).toEqual(['Kingswood']);
    expect(branch('She works at Birkdale Tesco Express & does nights')).toEqual(['Birkdale']);
    expect(branch('seen vaping outside asda withywood last night')).toEqual(['withywood']);
  });

  it('leaves the chain alone, its own kinds of store and words that are no place', () => {
    expect(branch('She works at Tesco Extra in town')).toEqual([]);
    expect(branch('outside tesco today with mates')).toEqual([]);
    expect(branch('the local Asda was shut')).toEqual([]);
  });
});
