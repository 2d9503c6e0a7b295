import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/iso-date';
import { findDates } from './dates';
import type { KnownClient } from './types';

const client = {
  child: { firstName: 'Evie', dob: isoDate('2014-03-07') },
  familyMembers: [{ firstName: 'Dani', relationship: 'mother', dob: isoDate('1995-12-11') }],
};

const dobs = (text: string, who: KnownClient = client): string[] =>
  findDates(text, who)
    .findings.filter((f) => f.type === 'date-of-birth')
    .map((f) => f.original);

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
    expect(
      dobs(
        'DOB/Age: 12/03/2016 (9). DOB (claimed) 01/01/2008. DOB approx 3/4/2010. DOB disputed; met 12/03/2024.',
      ),
    ).toEqual(['12/03/2016', '01/01/2008', '3/4/2010']);
    expect(dobs('Mo 12.03.16 (7yrs) and Leah 02/05/2014 (aged 9) live here.')).toEqual([
      '12.03.16',
      '02/05/2014',
    ]);
  });

  it('reaches the date across a few words ending in "as" after the cue', () => {
    expect(dobs('He gave his date of birth to ward staff as 02/02/1993 on 30/11/2026.')).toEqual([
      '02/02/1993',
    ]);
    expect(dobs('DOB given by mum as 3/4/2016.')).toEqual(['3/4/2016']);
    expect(dobs('The date of birth on the letter was wrong as of 12/03/2024.')).toEqual([]);
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
    expect(dobs('Born on May Day 2024; his birthday is May Day (1st May 2011).')).toEqual([
      'May Day 2024',
      'May Day',
      '1st May 2011',
    ]);
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

  it('leaves meeting dates, fractions, scores and forms that need a cue without one', () => {
    const text =
      'Meeting 3 4 2012 people. Seen at 3/4 of the way; 50/50; score 12/20. In may 2024 we met. On Monday, 12/11/2024, we met. Visit to Jayden, 03/04/2024, he was fine. She was born in Romania and came to the UK on 12/03/2019.';
    expect(dobs(text, nobody)).toEqual([]);
  });

  it('keeps no cue-only reading as a meeting date', () => {
    expect(findDates('Room 12 3 2024; 3/4 of them', nobody).kept).toEqual([]);
  });
});

describe('dates of birth in lists, after dashes and an age, and due dates without the record’s EDD', () => {
  const nobody: KnownClient = { child: { firstName: 'Zara' } };
  const dues = (text: string): string[] =>
    findDates(text, nobody)
      .findings.filter((f) => f.type === 'due-date')
      .map((f) => f.original);

  it('takes a date after "Age: 9 (" and after "born yesterday"', () => {
    expect(
      dobs('Age: 9 (12/03/2016). Baby was born yesterday (03/11/2025). Seen 2026.', nobody),
    ).toEqual(['12/03/2016', '03/11/2025']);
  });

  it('reads a due date after "she is due", "baby due" or "expected delivery date"', () => {
    expect(
      dues('She is due on 14/01/27. Mum says baby due 14 Jan. Expected delivery date 14.01.2027.'),
    ).toEqual(['14/01/27', '14 Jan', '14.01.2027']);
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

describe('birth dates the Home Office gives, and in other calendars', () => {
  it('takes a 1 January date a few words after the Home Office, and a Persian or Ethiopian date', () => {
    expect(
      dobs(
        'Age disputed (Home Office recorded 1 January 2008). No papers but the HO one (01/01/2009). Mum says 5 Mehr 1390.',
      ),
    ).toEqual(['1 January 2008', '01/01/2009', '5 Mehr 1390']);
  });

  it('leaves another date after the Home Office, and a 1 January date far from it', () => {
    expect(
      dobs(
        'Home Office interview 14/03/2025. HO decision on 2/2/2025. The Home Office wrote. The family arrived in 2019 and on 01/01/2020 moved.',
      ),
    ).toEqual([]);
  });
});

describe('a date of birth printed with spaces round its slashes', () => {
  it('is read after its cue', () => {
    expect(dobs('Name: Ada Moss DOB: 14 / 06 / 1951 NHS no: pending')).toEqual(['14 / 06 / 1951']);
  });

  it('is no date of birth without a cue', () => {
    expect(dobs('Visit booked for 14 / 06 / 2025 at ten.')).toEqual([]);
  });
});

describe('a date of birth the papers give', () => {
  it('reaches its date across "on papers" or "on his passport"', () => {
    expect(dobs('date of birth on papers 01/01/2008 but he says later.')).toEqual(['01/01/2008']);
    expect(dobs('DOB on his passport 03/04/2009.')).toEqual(['03/04/2009']);
  });
});

describe('round 21: a list of dates of birth', () => {
  it('takes each date listed after one cue', () => {
    expect(dobs('Children: A (7), B (4), DOBs 11/02/2018, 03/09/2021 Venue: hall')).toEqual([
      '11/02/2018',
      '03/09/2021',
    ]);
  });

  it('leaves a date after a date of birth with words between', () => {
    expect(dobs('DOB 11/02/2018, seen 03/09/2025 at home')).toEqual(['11/02/2018']);
  });
});
