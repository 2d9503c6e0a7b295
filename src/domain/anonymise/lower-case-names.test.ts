import { describe, expect, it } from 'vitest';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function unknown(text: string, professionals: string[] = []): [string, string][] {
  const keys = new Set(professionals.map((name) => name.toLowerCase()));
  return findUnknownNames(text, tokenise(text), [], keys).map((f) => [f.original, f.confidence]);
}

describe('names written in lower case', () => {
  it('finds given names typed in lower case from the ONS list, from every community', () => {
    expect(
      unknown('kayden was with oluwaseun, mateusz and zainab; her bf kyle came. tom reeve, sw', [
        'Tom Reeve',
      ]),
    ).toEqual([
      ['kayden', 'low'],
      ['oluwaseun', 'low'],
      ['mateusz', 'low'],
      ['zainab', 'low'],
      ['kyle', 'low'],
    ]);
  });

  it('never takes an ordinary lower-case word for a name, even one that is also a name', () => {
    expect(
      unknown('we hope to agree a grace period; the amber rating will stay; dean of the faculty'),
    ).toEqual([]);
  });

  it('proposes a lower-case first name but not one that is also an English word', () => {
    expect(unknown('kyle was there and jade left.')).toEqual([['kyle', 'low']]);
  });
  it('finds a lower-case word no list holds between a relationship word and an age', () => {
    expect(unknown('she has a son tayo (5) and a son aged 7; her daughter now 4.')).toEqual([
      ['tayo', 'medium'],
    ]);
  });
});

describe('a found name written again with an s and no apostrophe', () => {
  it('is the same name, in capitals or lower case: "Madisons nan", "im at kayleighs"', () => {
    expect(
      unknown('Madison (7) was upset. Madisons nan on dads side visits.').map(([word]) => word),
    ).toEqual(['Madison', 'Madisons']);
    expect(
      unknown('her bf kayleigh texted. she said im not at kayleighs tonight.').map(
        ([word]) => word,
      ),
    ).toEqual(['kayleigh', 'kayleighs']);
  });

  it('is not a word of its own, and a name that is a word needs something of theirs after it', () => {
    expect(unknown('Her friend Mark rang. He had marks on his arm.').map(([word]) => word)).toEqual(
      ['Mark'],
    );
    expect(unknown('mum ivy says the ivys are overgrown.').map(([word]) => word)).toEqual(['ivy']);
    expect(unknown('mum ivy says ivys mum will come.').map(([word]) => word)).toEqual([
      'ivy',
      'ivys',
    ]);
  });
});

describe('a second name after "or", and a name after "they call him"', () => {
  it('finds both names a cue gives: "he is called reece or reecey", "they call him JJ"', () => {
    expect(unknown('he is called reece or reecey and comes round').map(([w]) => w)).toEqual([
      'reece',
      'reecey',
    ]);
    const found = unknown('the lad that drives is Jermaine or JJ, they call him JJ and he is 19');
    expect(found.map(([w]) => w)).toEqual(expect.arrayContaining(['Jermaine', 'JJ']));
  });

  it('takes no ordinary word after "or", nor an insult after "called him"', () => {
    expect(unknown('he is called reece or something like that').map(([w]) => w)).toEqual(['reece']);
    expect(unknown('she called him stupid and left').map(([w]) => w)).toEqual([]);
  });
});

describe('lower-case names in text speak, by their frame (round 13)', () => {
  it('finds a listed first name written with an s and no apostrophe, for a home or a possessive', () => {
    expect(unknown('im not at kayleighs. sleeping at mate kyles since tues')).toEqual([
      ['kayleighs', 'low'],
      ['kyles', 'low'],
    ]);
  });

  it('never takes an English word ending in s for a name with an s', () => {
    expect(unknown('he walked miles to the bills office with his boss')).toEqual([]);
  });

  it('finds a lower-case word alone in brackets with an age after a comma', () => {
    expect(unknown('a man in the downstairs room (hiwa, 20s) hits him; (jay, 20ish) rang')).toEqual(
      [
        ['hiwa', 'medium'],
        ['jay', 'medium'],
      ],
    );
  });

  it('keeps a description in brackets with an age: "(male, 30s)", "(white, 20s)"', () => {
    expect(
      unknown('seen with a man (male, 30s), another (white, 20s) and a lad (friend, 16)'),
    ).toEqual([]);
  });

  it('finds a word no list holds between a relationship word and "who"', () => {
    expect(unknown('filmon says his cousin tesfalem who was with him in calais is here')).toEqual([
      ['tesfalem', 'medium'],
    ]);
  });

  it('keeps an English word between a relationship word and "who"', () => {
    expect(unknown('her friend there who works nights; his mate upstairs who drinks')).toEqual([]);
  });
});

describe('lower-case names by what the note says of them (round 13)', () => {
  it('finds a word no list holds that owns a phone, a home or a date of birth', () => {
    expect(unknown("he texted me from kris's phone. calum's date of birth is 24th")).toEqual([
      ['kris', 'medium'],
      ['calum', 'medium'],
    ]);
  });

  it('keeps an English word, a person word or an acronym that owns something: "the man\'s flat"', () => {
    expect(unknown("at the man's flat; the school's phone; the dsl's phone; yp's dob")).toEqual([]);
  });

  it('finds the words after "surname", hedged, with another spelling', () => {
    expect(unknown('surname maybe maguire or mcguire, from hazel grove')).toEqual([
      ['maguire', 'medium'],
      ['mcguire', 'medium'],
    ]);
  });

  it('keeps an adverb or an ordinary word after "surname"', () => {
    expect(unknown('the family surname confusingly referred to; surname unknown')).toEqual([]);
  });

  it('finds a listed name alone in brackets after a name found, but not a spelling mark', () => {
    expect(unknown('harpreet (harry) came in; kalya (sp) yr 7')).toEqual([
      ['harpreet', 'low'],
      ['harry', 'medium'],
      ['kalya', 'low'],
    ]);
  });
});

describe('other lower-case mentions of a name found in lower case (round 13)', () => {
  it('hides every lower-case mention of a found name that is no English word', () => {
    expect(unknown("calum answered the door. calum's date of birth is 24th")).toEqual([
      ['calum', 'low'],
      ['calum', 'medium'],
    ]);
  });

  it('never spreads a word found with a capital to its lower-case mentions', () => {
    const found = unknown('Kenzie Breaks rang. poppy has had no breaks since friday');
    expect(found).toContainEqual(['Breaks', 'low']);
    expect(found).not.toContainEqual(['breaks', 'low']);
  });
});

describe('names a note defines or writes in full in lower case', () => {
  it('takes a word glossed with "=" and a name found after it', () => {
    const found = unknown('im at tazs. taz = sharon reeve shes 17').map(([word]) => word);
    expect(found).toContain('taz');
  });

  it('takes a name-word before a surname and an age', () => {
    const found = unknown('went to see amber hunter 16 frm town').map(([word]) => word);
    expect(found).toEqual(expect.arrayContaining(['amber', 'hunter']));
  });

  it('never takes a relative glossed with a name, nor a modal before a surname', () => {
    const found = unknown('me ma = Tracey Hart. we will moss 16 later').map(([word]) => word);
    expect(found).not.toContain('ma');
    expect(found).not.toContain('will');
  });
});

describe('lower-case names in brackets', () => {
  it('takes a name-word alone in brackets after a relationship word', () => {
    const found = unknown('he said his dad (tony) hit him and mum (grace) knew').map(([w]) => w);
    expect(found).toEqual(expect.arrayContaining(['tony', 'grace']));
  });

  it('takes a short name before the full first name in brackets', () => {
    expect(unknown('his mate baz (barry) was there').map(([w]) => w)).toContain('baz');
  });

  it('keeps words in brackets that are no name, and a word before an unrelated bracket', () => {
    const found = unknown('mum (tired) said the van (vanessa’s) was gone').map(([w]) => w);
    expect(found).not.toContain('tired');
    expect(found).not.toContain('van');
  });
});

describe('letters someone goes by, in quotes', () => {
  const words = (text: string) => unknown(text).map(([w]) => w);

  it('takes a quoted letter after a person’s word or before a person’s act, and every mention', () => {
    expect(words('He was with his mate "K" who got off at Crewe.')).toEqual(['K']);
    expect(words('Bruise to neck, said "W" did it. W has a car.')).toEqual(['W', 'W']);
    expect(words('she gets txts off "Q" all nite')).toEqual(['Q']);
    expect(words('Two older boys, one known as "Big D", were there.')).toEqual(['Big', 'D']);
    expect(words('Seen with "Lil KJ" at the park.')).toEqual(['Lil', 'KJ']);
  });

  it('keeps a grade, an option, a part or "A" and "I" in quotes', () => {
    expect(words('She got a "B" in maths and chose option "C".')).toEqual([]);
    expect(words('Plan "B" is that he said "I" did it.')).toEqual([]);
    expect(words('His phone has her saved as "A" only.')).toEqual([]);
    expect(words('Referred to the "CP" team, with "DV" flagged.')).toEqual([]);
  });
});

describe('a lower-case name opening a sentence before "said"', () => {
  const words = (text: string) => unknown(text).map(([w]) => w);

  it('takes a name that is also a word before a verb of speech, and its other mentions', () => {
    expect(words('kayden was upset. mason said "ur a 2". mason’s surname is kerr')).toEqual(
      expect.arrayContaining(['kayden', 'mason']),
    );
    expect(words('seen w zainab. both v drunk. carter sed shes fine')).toContain('carter');
  });

  it('keeps a word that only opens a sentence, or a note that writes no other name in lower case', () => {
    expect(words('kayden was late. hope said nothing. mason jars were there')).not.toContain(
      'mason',
    );
    expect(words('it was late. mark said the school is poor')).toEqual([]);
    expect(words('it was late. they said no')).toEqual([]);
  });
});

describe('a lower-case name as the subject of a verb of speech (round 21)', () => {
  it('finds a listed name before "sed" or "dont", and a word no list holds opening a sentence', () => {
    const found = unknown(
      'seen kyle at the shops. brooke also said she was scared. lacey dont want 2 go home. okoye says nan shouts.',
    ).map(([word]) => word);
    expect(found).toEqual(expect.arrayContaining(['kyle', 'brooke', 'lacey', 'okoye']));
  });

  it('leaves relationship and function words, plurals of words and text speak before "said"', () => {
    expect(
      unknown('seen kyle today. nan sed no. she sed fine. friends said so. pls dont ring.').map(
        ([word]) => word,
      ),
    ).toEqual(['kyle']);
  });

  it('needs a note that writes names in lower case', () => {
    expect(unknown('Met at school. okoye says she is fine.')).toEqual([]);
  });
});

describe('Welsh words in lower case (round 21)', () => {
  it('reads "mae" opening a Welsh clause and a word after "fy" as Welsh, not as names', () => {
    expect(unknown('she said "wedyn mae hi\'n crio" and "mae Rhys yn cymryd fy arian"')).toEqual([
      ['Rhys', 'low'],
    ]);
  });

  it('still finds a lower-case name beside them', () => {
    expect(unknown("mae hi'n crio. kyle came")).toEqual([['kyle', 'low']]);
  });
});

describe('a relationship word before an English word (round 21)', () => {
  it("takes no adverb or verb after a relationship word for the relative's name", () => {
    expect(unknown('Boyfriend reportedly 19. her mum thought was funny.')).toEqual([]);
  });

  it('still finds a name no list holds there', () => {
    expect(unknown('she has a son tayo (5).')).toEqual([['tayo', 'medium']]);
  });
});

describe('a lower-case name after "calls me" or "called himself"', () => {
  const names = (text: string) =>
    findUnknownNames(text, tokenise(text), [], new Set()).map((f) => f.original);

  it('takes the name, and its later use', () => {
    expect(names('im 14 and every1 calls me jaz. thank u. jaz x')).toEqual(['jaz', 'jaz']);
    expect(names('a lad who called himself tez was outside')).toEqual(['tez']);
  });

  it('leaves an English word after "calls me"', () => {
    expect(names('she calls me every day and calls me back at night')).toEqual([]);
  });
});
