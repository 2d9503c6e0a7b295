import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { tokenise } from './text';
import { findUnlistedPlaces, inPlaceFrame } from './unlisted-places';

function found(text: string, taken: { start: number; end: number }[] = []): string[] {
  return findUnlistedPlaces(text, tokenise(text), [], taken).map((f) => f.original);
}

describe('places no list holds, after "in", "from" or "to"', () => {
  it('proposes a capitalised name after a place preposition, up to three words, low confidence', () => {
    const text =
      'The family moved from Southall to Foleshill; a church in Thornton Heath; arrived via Calais.';
    expect(found(text)).toEqual(['Southall', 'Foleshill', 'Thornton Heath', 'Calais']);
    expect(findUnlistedPlaces(text, tokenise(text), [], [])[0]?.confidence).toBe('low');
  });

  it('leaves given names, languages, countries, months, agencies and acronyms', () => {
    expect(
      found(
        'Spoke to Kyle in Urdu; removed in Poland in March; referred to MASH, to Children’s Services, to Barnardo’s and to Mum.',
      ),
    ).toEqual([]);
  });

  it('leaves a name that starts an agency’s, and one something surer covers', () => {
    expect(
      found('Referred to Hayes Family Hub. Seen in Foleshill.', [{ start: 34, end: 43 }]),
    ).toEqual([]);
  });

  it('takes the whole of a two-word place whose first word is a compass or ordinary word', () => {
    const text =
      'They moved from East Ham to Foleshill. Mum works at the Tesco in Cherry Hinton. Nan is in Higher Openshaw.';
    expect(found(text)).toEqual(['East Ham', 'Foleshill', 'Cherry Hinton', 'Higher Openshaw']);
  });

  it('keeps a compass word or an ordinary name word that starts no place', () => {
    expect(
      found('Spoke to Cherry about it. Ofsted rated it in East. Seen with Holly in Year 5.'),
    ).toEqual([]);
  });

  it('takes a rarer name of the ONS list where a place stands, not a common given name', () => {
    expect(found('The family moved from Southall to Hayes. A cousin in Aden.')).toEqual([
      'Southall',
      'Hayes',
      'Aden',
    ]);
    expect(found('Spoke to Hayes on the phone. A change in Tyler since May.')).toEqual([]);
  });

  it('leaves record systems, housing providers and languages a note names after "from" or "in"', () => {
    expect(
      found(
        "Extract from Niche; they live in Mears accommodation; paid via Snap; her name in Ge'ez.",
      ),
    ).toEqual([]);
    expect(found('Extract from Nicheford; they live in Mearsby.')).toEqual([
      'Nicheford',
      'Mearsby',
    ]);
  });

  it('takes a place after "at" only where someone was seen, met or stayed', () => {
    expect(found('She was last seen at Harbour Quays with Kai.')).toEqual(['Harbour Quays']);
    expect(found('His mate met me at Tollbar and we went on.')).toEqual(['Tollbar']);
    expect(found('Found by BTP at Eastwick, with Kai.')).toEqual(['Eastwick']);
    expect(found('found by neighbour Mr Platt at Hexby Hall alone')).toEqual(['Hexby Hall']);
    expect(found('On the annual camp at Crowmere I saw him.')).toEqual(['Crowmere']);
    expect(found('She was seen at Hexby YOS on Monday.')).toEqual([]);
    expect(found('He is at Brookvale every Tuesday.')).toEqual([]);
    expect(found('She was seen at Barnardo’s by Ruth.')).toEqual([]);
  });

  it('takes a place followed by a time, not one followed by a flat or room number', () => {
    expect(found('He arrived from Tirana 2 years ago. Seen in Block 4 and in Ward 7.')).toEqual([
      'Tirana',
    ]);
  });

  it('leaves a county after a plain "in", but not after "lives in"', () => {
    expect(found('Services in Wiltshire. Dad lives in Wiltshire.')).toEqual(['Wiltshire']);
  });

  it('hides the place in the anonymiser’s output', () => {
    expect(
      anonymise('Nan Merle in Bransholme offered to help.', { child: { firstName: 'Ava' } }).text,
    ).toBe('Nan [name] in [place] offered to help.');
  });
});

describe('a place after "in", "from" or "to" that a name guess also claimed', () => {
  const client = { child: { firstName: 'Ava' } };
  const typed = (text: string) => anonymise(text, client).findings.map((f) => [f.type, f.original]);

  it('is hidden as a place, not as a stranger’s name', () => {
    expect(typed('Ava sees the youth team in Peckham and plans a trip to Sylhet.')).toEqual([
      ['name', 'Ava'],
      ['place', 'Peckham'],
      ['place', 'Sylhet'],
    ]);
  });

  it('leaves a given name after "to" a name', () => {
    expect(typed('Ava spoke to Tyrese about it.')).toEqual([
      ['name', 'Ava'],
      ['name', 'Tyrese'],
    ]);
  });
});

describe('inPlaceFrame', () => {
  const frame = (text: string, word: string) => {
    const start = text.indexOf(word);
    return inPlaceFrame(text, { start, end: start + word.length });
  };

  it('is true after "in", a journey to or from, and "from … to …"', () => {
    expect(frame('the team in Peckham', 'Peckham')).toBe(true);
    expect(frame('a trip to Sylhet soon', 'Sylhet')).toBe(true);
    expect(frame('moved from Easton to St Pauls', 'Easton')).toBe(true);
    expect(frame('moved from Easton to St Pauls', 'St Pauls')).toBe(true);
    expect(frame('moved from Kings Lynn to Swaffham', 'Lynn')).toBe(true);
  });

  it('is false after "to" or "from" with no journey', () => {
    expect(frame('Ava spoke to Tyrese today', 'Tyrese')).toBe(false);
    expect(frame('messages from Kyle at night', 'Kyle')).toBe(false);
    expect(frame('messages from Kyle Smith at night', 'Smith')).toBe(false);
  });
});

describe('the second of two places after "in", "near" or "between"', () => {
  it('is a place even where a name guess claimed it', () => {
    const text = 'He has been sofa surfing in Stockton and Thornaby; in Leeds or Garforth.';
    expect(inPlaceFrame(text, { start: text.indexOf('Thornaby'), end: text.indexOf(';') })).toBe(
      true,
    );
    // Leeds, a council's area, is the listed places' to find.
    expect(found(text)).toEqual(['Stockton', 'Thornaby', 'Garforth']);
  });

  it('leaves people joined after "to" or "with"', () => {
    expect(found('Spoke to Kyle and Tyrese. Out with Jordan and Kai.')).toEqual([]);
    const text = 'Messages to Kyle and Tyrese.';
    expect(inPlaceFrame(text, { start: 21, end: 27 })).toBe(false);
  });
});

describe('a firm after a place preposition', () => {
  it('leaves a taxi firm, a nail bar or a supply agency as no place', () => {
    expect(
      found('Driver from Boro Cars; a visit to Pretty Nails; a teacher via TeachFirst Supply.'),
    ).toEqual([]);
    expect(found('She moved to Boroughbridge.')).toEqual(['Boroughbridge']);
  });
});
