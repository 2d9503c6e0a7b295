import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/iso-date';
import { findDateMentions, findDates } from './dates';
import type { KnownClient } from './types';

const client = {
  child: { firstName: 'Evie', dob: isoDate('2014-03-07') },
  familyMembers: [{ firstName: 'Dani', relationship: 'mother', dob: isoDate('1995-12-11') }],
};

const dobs = (text: string, who: KnownClient = client): string[] =>
  findDates(text, who)
    .findings.filter((f) => f.type === 'date-of-birth')
    .map((f) => f.original);

describe('findDateMentions', () => {
  it('reads every common written form of a date', () => {
    const forms = [
      '2014-03-07',
      '07/03/2014',
      '7/3/14',
      '7.3.2014',
      '7th March 2014',
      '7 Mar 2014',
      'March 7th, 2014',
      "7 March '14",
      '07-Mar-2014',
      '7/Mar/14',
    ];
    for (const form of forms) {
      const [mention] = findDateMentions(`seen ${form} today`);
      expect(mention, form).toMatchObject({ day: 7, month: 3 });
      expect(mention?.end).toBe(5 + form.length);
    }
  });

  it('reads a date without a year', () => {
    expect(findDateMentions('born on the 7th of March')).toEqual([
      { day: 7, month: 3, start: 12, end: 24 },
    ]);
  });
});

describe('findDates', () => {
  it("redacts a client person's date of birth in any form", () => {
    expect(dobs('Evie (7/3/14) and mum, 11-12-1995, attended.')).toEqual(['7/3/14', '11-12-1995']);
  });

  it('redacts any date next to a date-of-birth cue, before or after it', () => {
    expect(dobs('Partner Dean (DOB 14/08/1991) and a cousin, d.o.b. 19/02/2001.')).toEqual([
      '14/08/1991',
      '19/02/2001',
    ]);
    expect(dobs('She was born on the 7th of March.')).toEqual(['7th of March']);
    expect(dobs('Found on 4 April (her birthday).')).toEqual(['4 April']);
  });

  it('keeps meeting dates, even on the day and month of a birthday in another year', () => {
    const { findings, kept } = findDates(
      'Strategy meeting on 07/03/2024; ICPC booked for 7th March.',
      client,
    );
    expect(findings).toEqual([]);
    expect(kept).toHaveLength(2);
  });

  it("redacts the unborn child's expected date of delivery and dates after a due-date cue", () => {
    const unborn = { child: { firstName: 'Baby', edd: isoDate('2024-09-14') } };
    const found = findDates(
      'EDD 14/09/2024; baby is due on 14 September; meeting 2 July 2024.',
      unborn,
    ).findings;
    expect(found.map((f) => [f.type, f.original, f.replacement])).toEqual([
      ['due-date', '14/09/2024', '[due date]'],
      ['due-date', '14 September', '[due date]'],
    ]);
  });
});

describe('dates of birth in words and in run-together digits', () => {
  it('reads a named day, an ordinal in words and a year in words after a birth cue', () => {
    expect(dobs('She was born on Boxing Day 2018 at home.')).toEqual(['Boxing Day 2018']);
    expect(dobs('born 3rd of March twenty nineteen')).toEqual(['3rd of March twenty nineteen']);
    expect(dobs('born on the third of March, two thousand and eighteen')).toEqual([
      'the third of March, two thousand and eighteen',
    ]);
    expect(dobs('born March the twenty-first 2017')).toEqual(['March the twenty-first 2017']);
    expect(dobs('born on new years day 2020')).toEqual(['new years day 2020']);
  });

  it("finds the client's own date of birth written in words with no cue", () => {
    expect(dobs('Party on the seventh of March twenty fourteen.')).toEqual([
      'the seventh of March twenty fourteen',
    ]);
  });

  it('reads DDMMYY and DDMMYYYY only next to a date-of-birth cue or as a known birthday', () => {
    expect(dobs('DOB 120319 confirmed')).toEqual(['120319']);
    expect(dobs('d.o.b. 12032019')).toEqual(['12032019']);
    expect(dobs('Evie 070314 on the form')).toEqual(['070314']);
    const { findings, kept } = findDates('Case ref 120319 quoted at the meeting.', client);
    expect(findings).toEqual([]);
    expect(kept).toEqual([]);
  });

  it('keeps a named day that is a meeting date', () => {
    const text = 'Strategy meeting on Christmas Eve 2024.';
    const { findings, kept } = findDates(text, client);
    expect(findings).toEqual([]);
    expect(kept.map(({ start, end }) => text.slice(start, end))).toEqual(['Christmas Eve 2024']);
  });

  it('takes a date alone in brackets after a name for a date of birth, not one after an ordinary or agency word', () => {
    const text =
      'DVDS re new partner mark hunter (12/12/1987). Dean Walsh (3.4.1990) visits. The review (3/3/25); ICPC (12/11/2026); strategy meeting (4/11/2026); application (1/12/2025); in April (2025).';
    const { findings } = findDates(text, { child: { firstName: 'Ava' } });
    expect(findings.map((f) => [f.original, f.type])).toEqual([
      ['12/12/1987', 'date-of-birth'],
      ['3.4.1990', 'date-of-birth'],
    ]);
  });
});

describe('a date alone in brackets after a person’s name', () => {
  it('is that person’s date of birth after a capitalised full name', () => {
    expect(dobs('Her new partner Lee Tansley (02.03.1990) has three previous victims.')).toEqual([
      '02.03.1990',
    ]);
    expect(dobs('Suspect Femi Cole (1991-02-17), not known to health.')).toEqual(['1991-02-17']);
  });

  it('is a date of birth after a lower-case name only when it is long before the note’s dates', () => {
    expect(dobs('on 3/4/2025 new partner mark hunter (12/12/1987) was named.')).toEqual([
      '12/12/1987',
    ]);
    expect(dobs('spoke to mum and dad (12/03/2024) about it.')).toEqual([]);
  });

  it('is no date of birth after a meeting, a document or an acronym', () => {
    expect(
      dobs(
        'The Review Conference (04/05/2025) and the ICPC (12/03/2024) and Strategy Meeting (1/2/2025).',
      ),
    ).toEqual([]);
  });
});

describe('dates of birth in more forms and frames', () => {
  const nobody: KnownClient = { child: { firstName: 'Zara' } };

  it('reads lower-case months, spaced digits and a date with no year after a DOB cue', () => {
    expect(
      dobs(
        'dob: april 3rd 2012; DOB 29 11 2010; born april 2012; DOB 3/4; d/o/b 12/11/1989',
        nobody,
      ),
    ).toEqual(['april 3rd 2012', '29 11 2010', 'april 2012', '3/4', '12/11/1989']);
  });

  it('reads a two-digit year after a month’s name whole, and keeps such a date when uncued', () => {
    expect(dobs('Kerry (dob 12th Nov 89); Lee dob 3 march 91.', nobody)).toEqual([
      '12th Nov 89',
      '3 march 91',
    ]);
    expect(dobs('Met on 12 Nov 24 with Kerry; DOB meeting 3 March 16:30', nobody)).toEqual([]);
    expect(findDates('Met on 12 Nov 24 with Kerry', nobody).kept).toHaveLength(1);
  });

  it('reads a cue typed against the date, and "b."', () => {
    expect(dobs('Kerry Smith dob12/11/89; Lee b. 03/04/2012', nobody)).toEqual([
      '12/11/89',
      '03/04/2012',
    ]);
  });

  it('takes a birthday after "turns 18 on" or "turned 3 (" and a birth "at … on"', () => {
    expect(
      dobs(
        'Rory just turned 3 (14th May). She turns 18 on 19th dec. Born at 31 weeks on 28 October. Delivered at MK University Hospital on 30/11.',
        nobody,
      ),
    ).toEqual(['14th May', '19th dec', '28 October', '30/11']);
  });

  it('takes a full date set off by commas after a name', () => {
    expect(dobs('Kerry Smith, 12/11/89, mother; Jayden, 03.04.2012, attends', nobody)).toEqual([
      '12/11/89',
      '03.04.2012',
    ]);
  });

  it('leaves meeting dates, fractions, scores and forms that need a cue without one', () => {
    const text =
      'Meeting 3 4 2012 people. Seen at 3/4 of the way; 50/50; score 12/20. In may 2024 we met. On Monday, 12/11/2024, we met. Visit to Jayden, 03/04/2024, he was fine. She was born in Romania and came to the UK on 12/03/2019.';
    expect(dobs(text, nobody)).toEqual([]);
  });

  it('keeps no cue-only reading as a meeting date', () => {
    expect(findDates('Room 12 3 2024; 3/4 of them', nobody).kept).toEqual([]);
  });
});

describe('a date of birth in a table row', () => {
  it('takes a full date between bars after a name', () => {
    expect(
      dobs('Aimee Doyle | 18/09/1993 | mother | same\nConnor Doyle | 02/01/2014 | brother', {
        child: { firstName: 'Zara' },
      }),
    ).toEqual(['18/09/1993', '02/01/2014']);
  });
});

describe('a date of birth beside an age', () => {
  const nobody: KnownClient = { child: { firstName: 'Zara' } };

  it('takes a date after "aged 7 (" or "(7, ", or before "(7yrs)", and at the end of a line after a name', () => {
    expect(
      dobs(
        'Kayden, aged 7 (12/03/2016), lives with mum. Leah (9, 02/05/2014) too. Mo 12.03.16 (7yrs).\nChild: Kayden Smith, 12/03/2016\n',
        nobody,
      ),
    ).toEqual(['12/03/2016', '02/05/2014', '12.03.16', '12/03/2016']);
  });

  it('leaves a date a visit or an event is on', () => {
    expect(
      dobs(
        'When aged 7 on 12/03/2023 she said. Meeting 12/03/2024 (2 years ago). Mum (34, 12/03/2024 visit). Review held with Kerry Smith, 12/03/2024',
        nobody,
      ),
    ).toEqual([]);
  });
});

describe('dates of birth in lists, after dashes and an age, and due dates without the record’s EDD', () => {
  const nobody: KnownClient = { child: { firstName: 'Zara' } };
  const dues = (text: string): string[] =>
    findDates(text, nobody)
      .findings.filter((f) => f.type === 'due-date')
      .map((f) => f.original);

  it('takes a full date after a name in a list, after spaced dashes, or before an age', () => {
    expect(
      dobs(
        'Children: Leah 12/03/2016, Jayden 04/05/2019\nSeen 20/11/2024.\nLeah Smith - 12.03.2016 - Year 5\nMo 12/03/16 (9) rang.',
        nobody,
      ),
    ).toEqual(['12/03/2016', '04/05/2019', '12.03.2016', '12/03/16']);
  });

  it('takes a date after "Age: 9 (" and after "born yesterday"', () => {
    expect(
      dobs('Age: 9 (12/03/2016). Baby was born yesterday (03/11/2025). Seen 2026.', nobody),
    ).toEqual(['12/03/2016', '03/11/2025']);
  });

  it('leaves a visit’s date after a name, a dated entry headed by a name, and the latest year’s dates', () => {
    expect(
      dobs(
        'Visit to Jayden 12/03/2024, seen alone. Met Jayden 12/03/2024, quiet. Sarah Jones - 12/03/2024 - home visit. Called Kerry Smith 12/03/2024, no answer.',
        nobody,
      ),
    ).toEqual([]);
  });

  it('reads a due date after "she is due", "baby due" or "expected delivery date"', () => {
    expect(
      dues('She is due on 14/01/27. Mum says baby due 14 Jan. Expected delivery date 14.01.2027.'),
    ).toEqual(['14/01/27', '14 Jan', '14.01.2027']);
  });

  it('takes a date between a name and a kinship word, or after "Mum:" and a name', () => {
    expect(dobs('Kerry Smith – 12/11/1989 – mother; Dean Hart, 03/04/1987 (dad)', nobody)).toEqual([
      '12/11/1989',
      '03/04/1987',
    ]);
    expect(dobs('Mum: Kerry Smith 12.11.89\nDad: Dean Hart, 03/04/1987.', nobody)).toEqual([
      '12.11.89',
      '03/04/1987',
    ]);
    expect(dobs('Sarah Jones - 12/03/2024 - visit; met Mum: 12/03/2024', nobody)).toEqual([]);
  });

  it('reads a due date after "EDC", "est. delivery" or "pregnant, due"', () => {
    const due = (text: string) =>
      findDates(text, nobody)
        .findings.filter((f) => f.type === 'due-date')
        .map((f) => f.original);
    expect(due('EDC 3/5/27; est. delivery 3 May 2027; she is pregnant, due 3rd May')).toEqual([
      '3/5/27',
      '3 May 2027',
      '3rd May',
    ]);
  });

  it('leaves a report or an assessment that is due', () => {
    expect(dues('Report is due on 14/03/2024. The assessment is due 14/03/2024.')).toEqual([]);
  });
});
