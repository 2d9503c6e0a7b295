import { describe, expect, it } from 'vitest';
import { birthDateBesideName } from './birth-date-beside-name';
import { findDateMentions, latestYear } from './date-mentions';

/** The dates the text's own wording places beside a person as their date of birth. */
const besideName = (text: string): string[] => {
  const dates = findDateMentions(text);
  const year = latestYear(dates);
  return dates
    .filter((date) => birthDateBesideName(text, date, year))
    .map(({ start, end }) => text.slice(start, end));
};

describe('a date alone in brackets after a person’s name', () => {
  it('is that person’s date of birth after a capitalised full name', () => {
    expect(
      besideName('Her new partner Lee Tansley (02.03.1990) has three previous victims.'),
    ).toEqual(['02.03.1990']);
    expect(besideName('Suspect Femi Cole (1991-02-17), not known to health.')).toEqual([
      '1991-02-17',
    ]);
  });

  it('is a date of birth when the bracket goes on to the person’s other details', () => {
    expect(
      besideName('Adult pt Rebecca Earnshaw (14.05.1989, NHS 714 532 9611) attended with her son.'),
    ).toEqual(['14.05.1989']);
    expect(besideName('not to accept Evie (21.04.10, NHS 463 627 9824).')).toEqual(['21.04.10']);
    expect(besideName('Dad Lee Smith (3/4/1990, 35 yrs) was present.')).toEqual(['3/4/1990']);
    expect(besideName('The review (3/3/2025, NHS England) was held.')).toEqual([]);
    expect(besideName('Visit to Lee Smith (3/4/2025, home visit) went ahead.')).toEqual([]);
  });

  it('is a date of birth after a lower-case name only when it is long before the note’s dates', () => {
    expect(besideName('on 3/4/2025 new partner mark hunter (12/12/1987) was named.')).toEqual([
      '12/12/1987',
    ]);
    expect(besideName('spoke to mum and dad (12/03/2024) about it.')).toEqual([]);
  });

  it('is no date of birth after a meeting, a document or an acronym', () => {
    expect(
      besideName(
        'The Review Conference (04/05/2025) and the ICPC (12/03/2024) and Strategy Meeting (1/2/2025).',
      ),
    ).toEqual([]);
  });
});

describe('a full date set off after a name', () => {
  it('takes a full date set off by commas after a name', () => {
    expect(besideName('Kerry Smith, 12/11/89, mother; Jayden, 03.04.2012, attends')).toEqual([
      '12/11/89',
      '03.04.2012',
    ]);
  });

  it('takes a full date after a name in a list, after spaced dashes, or before an age', () => {
    expect(
      besideName(
        'Children: Leah 12/03/2016, Jayden 04/05/2019\nSeen 20/11/2024.\nLeah Smith - 12.03.2016 - Year 5\nMo 12/03/16 (9) rang.',
      ),
    ).toEqual(['12/03/2016', '04/05/2019', '12.03.2016', '12/03/16']);
  });

  it('leaves a visit’s date after a name, a dated entry headed by a name, and the latest year’s dates', () => {
    expect(
      besideName(
        'Visit to Jayden 12/03/2024, seen alone. Met Jayden 12/03/2024, quiet. Sarah Jones - 12/03/2024 - home visit. Called Kerry Smith 12/03/2024, no answer.',
      ),
    ).toEqual([]);
  });

  it('takes a date between a name and a kinship word, or after "Mum:" and a name', () => {
    expect(besideName('Kerry Smith – 12/11/1989 – mother; Dean Hart, 03/04/1987 (dad)')).toEqual([
      '12/11/1989',
      '03/04/1987',
    ]);
    expect(besideName('Mum: Kerry Smith 12.11.89\nDad: Dean Hart, 03/04/1987.')).toEqual([
      '12.11.89',
      '03/04/1987',
    ]);
    expect(besideName('Sarah Jones - 12/03/2024 - visit; met Mum: 12/03/2024')).toEqual([]);
  });
});

describe('a date of birth in a table row', () => {
  it('takes a full date between bars after a name', () => {
    expect(
      besideName('Aimee Doyle | 18/09/1993 | mother | same\nConnor Doyle | 02/01/2014 | brother'),
    ).toEqual(['18/09/1993', '02/01/2014']);
  });
});

describe('a date of birth beside an age', () => {
  it('takes a date after "aged 7 (" or "(7, ", and at the end of a line after a name', () => {
    expect(
      besideName(
        'Kayden, aged 7 (12/03/2016), lives with mum. Leah (9, 02/05/2014) too.\nChild: Kayden Smith, 12/03/2016\n',
      ),
    ).toEqual(['12/03/2016', '02/05/2014', '12/03/2016']);
  });

  it('leaves a date a visit or an event is on', () => {
    expect(
      besideName(
        'When aged 7 on 12/03/2023 she said. Meeting 12/03/2024 (2 years ago). Mum (34, 12/03/2024 visit). Review held with Kerry Smith, 12/03/2024',
      ),
    ).toEqual([]);
  });
});

describe('a date of birth in a record system’s form or a numbered list', () => {
  it('takes a full date after a surname in capitals, a comma and the forenames', () => {
    const log = 'CALL 2026 OCCUPANTS MORLEY, TANYA 04/06/1991, MORLEY, ZAC 12/01/2020. 12/03/2026';
    expect(besideName(log)).toEqual(['04/06/1991', '12/01/2020']);
    expect(besideName('Suspect PRIESTLEY, Dean Anthony 30/10/1988 PNC ID 1 on 2/2/2026')).toEqual([
      '30/10/1988',
    ]);
  });

  it('takes a full date after the name that opens a numbered item', () => {
    const list =
      'Referral 01/12/2026. Children:\n1. Marek Kovac 03/02/2011 father Jan Kovac\n2. Lena Kovacova 17/08/2014 Year 6';
    expect(besideName(list)).toEqual(['03/02/2011', '17/08/2014']);
  });

  it('leaves a dated entry, a meeting, this year’s date and a date after an ordinary word', () => {
    expect(besideName('1. Strategy Meeting 03/02/2025 held. Seen 2026.')).toEqual([]);
    expect(besideName('1. Visit 03/02/2025 done; 2. Home Visit 04/02/2025. 2026')).toEqual([]);
    expect(besideName('1. Kira Bell 03/02/2026 visit, 2026')).toEqual([]);
    expect(besideName('CASE NOTE, REVIEW 04/05/2024 then 2026')).toEqual([]);
  });
});

describe('a full name and a date in one pair of brackets', () => {
  it('is that person’s date of birth, a short year of 30 or more being last century’s', () => {
    expect(besideName('seen w/ "Big T" (Tom Hardcastle 11/04/86) on 3/12/2026.')).toEqual([
      '11/04/86',
    ]);
    expect(besideName('with her uncle (Sam Oduya 02/03/1979) today 3/12/2026')).toEqual([
      '02/03/1979',
    ]);
  });

  it('is not after a title, an event or a date in the note’s own year', () => {
    expect(besideName('letter (Dr Kaur 12/03/2025) seen 3/12/2026')).toEqual([]);
    expect(besideName('(Review Conference 04/05/2025) on 3/12/2026')).toEqual([]);
    expect(besideName('(Sam Oduya 02/12/2026) rang')).toEqual([]);
  });
});

describe('a police log’s person, surname in capitals, and a date set off by commas', () => {
  it('is an adult’s date of birth', () => {
    expect(besideName('Spoke to Dale HEWITT, 03/02/1978, of Low Row, on 1/12/2026.')).toEqual([
      '03/02/1978',
    ]);
  });

  it('is a date of birth when a known given name opens the line, whatever the note’s other dates', () => {
    expect(besideName('Intel note\nDaniel HEWITT, 03/02/1990, of Low Row.')).toEqual([
      '03/02/1990',
    ]);
  });

  it('is not a team’s or this year’s date', () => {
    expect(besideName('Referred to Leeds MASH, 03/02/2026, by school.')).toEqual([]);
    expect(besideName('Dale HEWITT, 03/02/2020, seen on 1/12/2026.')).toEqual([]);
  });
});
