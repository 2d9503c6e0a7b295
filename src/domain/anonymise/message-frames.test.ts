// Fourteenth round: names in the frames of messages and referrals, and private workers named with
// their job, which the professional passes had kept.
import { describe, expect, it } from 'vitest';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function names(text: string): string[] {
  return findUnknownNames(text, tokenise(text), [], new Set())
    .filter((f) => f.type === 'name')
    .flatMap((f) => f.original.split(' '));
}

describe('names in a message’s or a referral’s frame', () => {
  it('finds a surname after "re", even a town’s, and its other mentions', () => {
    const found = names('That is a LADO referral re Pemberton. Wei says Pemberton hit him.');
    expect(found.filter((word) => word === 'Pemberton')).toHaveLength(2);
  });

  it('finds a name after a message’s word and "from", and a nickname before "from the"', () => {
    const found = names(
      'Texts from Jas (07700 900 674) last night: "Tazz from the shop says i can stay"',
    );
    expect(found).toContain('Jas');
    expect(found).toContain('Tazz');
  });

  it('leaves a thing after "re", a worker at a named service, a plain word before "from the"', () => {
    const found = names(
      'Re: Hackney carriage badge. A call from Ashley at the Family Hub. Help from the school came. Letters from Ofsted arrived.',
    );
    for (const word of ['Hackney', 'Ashley', 'Help', 'Ofsted']) expect(found).not.toContain(word);
  });

  it('finds the writer’s first name after "its" or "it’s", not a thing owned after "its"', () => {
    const found = names(
      'hiya its Kelly on nights. hi it’s Carol next door. The board and its Chair met.',
    );
    expect(found).toContain('Kelly');
    expect(found).toContain('Carol');
    expect(found).not.toContain('Chair');
  });

  it('finds a quoted name in lower case after "calls him"', () => {
    expect(names('Mum has a new partner, calls him "jonno", we think.')).toContain('jonno');
  });
});

describe('a person "called" a word that is also a place', () => {
  it('finds the name after a person’s word and "called", not a place rung', () => {
    const found = names(
      'She is in Padiham with a lad called Devon who is 18. I called Devon MASH.',
    );
    expect(found.filter((word) => word === 'Devon')).toHaveLength(1);
  });
});

describe('private workers named with their job', () => {
  it('hides a manager of a private place, keeps a team manager', () => {
    const found = names(
      'The park manager, Keith Rowell, told me. He is Steven Rudd, bar manager at the site. The team manager, Ruth Pike, agreed.',
    );
    for (const word of ['Keith', 'Rowell', 'Steven', 'Rudd']) expect(found).toContain(word);
    for (const word of ['Ruth', 'Pike']) expect(found).not.toContain(word);
  });
});

describe('people heading the entries of a list (fifteenth round)', () => {
  it('finds a name, a town’s or a plain word, before a dash and an age, "real name" or a year', () => {
    const found = names(
      'Peer map:\n- Wigan – real name Obi Okafor, 16\n- Blaze – 17, moped\n- Big K – Kyle Dunn, 15\n- Tamsin - Y10',
    );
    for (const word of ['Wigan', 'Blaze', 'Big', 'K', 'Tamsin']) expect(found).toContain(word);
  });

  it('leaves a role, a heading without an age and a line that is no list item', () => {
    const found = names('- Mum – 34, works nights\n- Actions – see below\nThe Venue – 18 rooms');
    expect(found).not.toContain('Mum');
    expect(found).not.toContain('Actions');
    expect(found).not.toContain('Venue');
  });
});
