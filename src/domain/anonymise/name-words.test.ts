// The run of capitalised words around a word: an organisation's name, which a name guess must not
// take apart, and which stays bounded however much capitalised text a field holds.
import { describe, expect, it } from 'vitest';
import { capitalisedRun, inOrganisationName, isNeverAName, isNeverANameShape } from './name-words';
import { tokenise } from './text';

const words = (text: string, run: number[]) => {
  const tokens = tokenise(text);
  return run.map((index) => tokens[index]?.raw).join(' ');
};

describe('the run of capitalised words around a word', () => {
  it('is the capitalised words next to it, and no further', () => {
    const text =
      'Met staff at Hollybrook Children’s Centre and the Department for Education today.';
    const tokens = tokenise(text);
    const at = (word: string) => tokens.findIndex((token) => token.raw === word);
    expect(words(text, capitalisedRun(text, tokens, at('Centre')))).toMatch(
      /^Hollybrook Children(?:’s)? Centre$/,
    );
    expect(words(text, capitalisedRun(text, tokens, at('Met')))).toBe('Met');
  });

  it('reaches at most twelve words each way, so a pasted wall of names stays quick', () => {
    const text = 'Oak Road Primary School '.repeat(50).trim();
    const tokens = tokenise(text);
    const run = capitalisedRun(text, tokens, 100);
    expect(run[0]).toBe(88);
    expect(run[run.length - 1]).toBe(112);
  });
});

describe('words that open a letter or a log line, and peoples', () => {
  it('never takes a greeting, a grandparent word, Deaf or a reporting verb for a name', () => {
    for (const word of ['hello', 'hiya', 'dadaji', 'naniji', 'deaf', 'poles', 'states', 'alleges'])
      expect(isNeverAName(word)).toBe(true);
  });

  it('still allows names that look close to them', () => {
    for (const word of ['helena', 'stacey', 'hiyab']) expect(isNeverAName(word)).toBe(false);
  });

  it('never takes a family word of another language, direct messages, a Gurkha or an eponym', () => {
    for (const word of ['mamae', 'avo', 'nainai', 'ate', 'kuya', 'kak', 'dms', 'gurkha', 'crohns'])
      expect(isNeverAName(word), word).toBe(true);
    for (const word of ['mae', 'lola', 'kaka', 'avery'])
      expect(isNeverAName(word), word).toBe(false);
  });
});

describe('youth, sport, music and faith groups', () => {
  const inGroup = (text: string, word: string) => {
    const tokens = tokenise(text);
    return inOrganisationName(
      text,
      tokens,
      tokens.findIndex((t) => t.raw === word),
    );
  };

  it('reads the words before a group’s kind as the group’s name', () => {
    expect(inGroup('She goes to 2nd Fartown Guides on Mondays', 'Fartown')).toBe(true);
    expect(inGroup('kickboxing at Tiger Spirit MMA tues', 'Spirit')).toBe(true);
    expect(inGroup('pastor of the Living Word Fellowship', 'Word')).toBe(true);
    expect(inGroup('with Kendal Vandals RUFC on tour', 'Vandals')).toBe(true);
    for (const word of ['guide', 'troupe', 'band']) expect(isNeverAName(word)).toBe(true);
  });

  it('leaves a person’s name beside a group', () => {
    expect(inGroup('Leader Sioned Parry told the Guides', 'Parry')).toBe(false);
    expect(inGroup('Ffion Bowen joined the band', 'Ffion')).toBe(false);
  });
});

describe('words of bilingual Welsh, Gaelic and Irish notes, clinics and labels (round 21)', () => {
  it('knows family words, form labels and service words of those languages as no names', () => {
    for (const word of [
      'dadaidh',
      'mamaidh',
      'mamgu',
      'dyddiad',
      'diogelu',
      'cymru',
      'tita',
      'titos',
    ])
      expect(isNeverAName(word)).toBe(true);
  });

  it('knows clinics, tests and medicines, a form label and a title as no names', () => {
    for (const word of [
      'diabetes',
      'asthma',
      'dietetics',
      'doppler',
      'methadone',
      'referrer',
      'sr',
    ])
      expect(isNeverAName(word)).toBe(true);
    for (const word of ['guildhall', 'pantry', 'isles', 'sensei', 'twitch'])
      expect(isNeverAName(word)).toBe(true);
  });

  it('leaves Welsh, Gaelic and Irish first names that are also words, and the months', () => {
    for (const word of ['eira', 'haf', 'heulwen', 'mai', 'medi', 'morag', 'aoife', 'feabhra'])
      expect(isNeverAName(word)).toBe(false);
  });
});

describe('a function word with a capital', () => {
  const shape = (text: string, word: string) => {
    const token = tokenise(text).find((t) => t.raw === word);
    return token !== undefined && isNeverANameShape(text, token);
  };

  it('is no name where it opens a sentence, a line or a quote', () => {
    expect(shape('Landline noted. To be removed.', 'To')).toBe(true);
    expect(shape('To follow up:\nTo ring school', 'To')).toBe(true);
    expect(shape('The card says "To my boy" inside.', 'To')).toBe(true);
  });

  it('can still be a surname after a title or a first name', () => {
    expect(shape('Mr To rang the office.', 'To')).toBe(false);
    expect(shape('Kenny To rang the office.', 'To')).toBe(false);
  });
});
