import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { findClubPlaces } from './club-places';

const found = (text: string) => findClubPlaces(text).map((f) => f.original);

describe('clubs, groups and faith places named with their kind', () => {
  it('takes a numbered uniformed section whole', () => {
    expect(found('He helps at 1st Amberley Scouts on Fridays.')).toEqual(['1st Amberley Scouts']);
    expect(found('Her unit: 3rd Kelmscott Brownies.')).toEqual(['3rd Kelmscott Brownies']);
    expect(found('leader of 12th Dunmore Rainbows')).toEqual(['12th Dunmore Rainbows']);
  });

  it('takes a sports club by its letters or team word', () => {
    expect(found('He plays for Harwood Vale JFC (U12s).')).toEqual(['Harwood Vale JFC']);
    expect(found('a tour with Morden Otters RUFC')).toEqual(['Morden Otters RUFC']);
    expect(found('she also coaches at Fenby Juniors on Sundays')).toEqual(['Fenby Juniors']);
  });

  it('takes an activity club or school ending with its kind', () => {
    expect(found('She trains at Silver Arc Gymnastics in Brinton.')).toEqual([
      'Silver Arc Gymnastics',
    ]);
    expect(found('kickboxing at Red Lotus MMA tues')).toEqual(['Red Lotus MMA']);
    expect(found('dances at MoonStep Academy of Dance, Unit 2')).toEqual([
      'MoonStep Academy of Dance',
    ]);
    expect(found('He runs the Oldbury Junior Band.')).toEqual(['Oldbury Junior Band']);
    expect(found('lessons with "KT Swim School" here')).toEqual(['KT Swim School']);
  });

  it('takes a named place of worship or faith group', () => {
    expect(found('officer of New Dawn Fellowship, which meets')).toEqual(['New Dawn Fellowship']);
    expect(found('at Our Lady of Lourdes Church hall')).toEqual(['Our Lady of Lourdes Church']);
    expect(found('walking home from Bilal Mosque')).toEqual(['Bilal Mosque']);
  });

  it('leaves a kind alone, a denomination, a national body and a person', () => {
    expect(found('She goes to the Scouts and a dance school.')).toEqual([]);
    expect(found('The Catholic Church and the Methodist Church run it.')).toEqual([]);
    expect(found('British Gymnastics were informed.')).toEqual([]);
    expect(found('St Anne’s Church of England Primary')).toEqual([]);
    expect(found('He lives with Hope Church and her son.')).toEqual([]);
    expect(found('Customer: Mrs Ada Church, aged 88')).toEqual([]);
  });

  it("leaves the writer's own club, named after their role", () => {
    expect(found('Club Welfare Officer, Tamworth Colts')).toEqual([]);
    expect(found('(Guide leader, 2nd Ashby Guides)')).toEqual([]);
    expect(found('Group Scout Leader at 1st Selby Sea Scouts')).toEqual([]);
  });

  it('proposes a junior club a child plays for as a place, and a junior school as a school', () => {
    const typed = (text: string) =>
      anonymise(text, { child: { firstName: 'Zed' } }).findings.map((f) => [f.original, f.type]);
    expect(typed('Her dad coaches at Fenby Town Juniors on Sundays.')).toEqual([
      ['Fenby Town Juniors', 'place'],
    ]);
    expect(typed('He runs "QT Swim School" lessons.')).toEqual([['QT Swim School', 'place']]);
    expect(typed('Zed attends Kinsford Juniors.')).toEqual([
      ['Zed', 'name'],
      ['Kinsford Juniors', 'school'],
    ]);
    expect(typed('Zed came in alone in his Kinsford Juniors jumper.')).toEqual([
      ['Zed', 'name'],
      ['Kinsford Juniors', 'school'],
    ]);
    expect(typed('Zed plays for Kinsford Juniors on Saturdays.')).toEqual([
      ['Zed', 'name'],
      ['Kinsford Juniors', 'place'],
    ]);
  });
});
