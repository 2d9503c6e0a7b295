import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { breedSpans, breedsAsDogs } from './pet-breeds';
import { tokenise } from './text';
import type { KnownClient } from './types';

const breeds = (text: string) =>
  breedSpans(text, tokenise(text)).map((s) => text.slice(s.start, s.end));
const client: KnownClient = { child: { firstName: 'Maisie', lastName: 'Pollard' } };
const hidden = (text: string) => anonymise(text, client).findings.map((f) => f.original);

describe('dog breeds as a pet’s kind', () => {
  it('finds a breed after "a", "the", an owner or a number, in the plural or before a pet’s word', () => {
    expect(breeds('bitten by the family’s XL Bully, Tyson, on Sunday')).toEqual(['XL Bully']);
    expect(breeds('two dogs (a Cane Corso and an XL Bully) in the flat')).toEqual([
      'Cane Corso',
      'XL Bully',
    ]);
    expect(breeds('Three dogs (two Staffies, one unknown); his big German Shepherd')).toEqual([
      'Staffies',
      'German Shepherd',
    ]);
    expect(breeds('2 x xl bully type dogs loose; Jack Russell cross in the yard')).toEqual([
      'xl bully',
      'Jack Russell',
    ]);
    expect(breeds('keeps an American bulldog, Zorro. Shih Tzu (Mia) upstairs.')).toEqual([
      'bulldog',
      'Shih Tzu',
    ]);
    // "Bullies" alone is a business's word here, not "XL Bullies".
    expect(breeds('sells pups as "Rudd’s Bullies"; a cane corso; a Jack Russell')).toEqual([
      'cane corso',
      'Jack Russell',
    ]);
  });

  it('leaves a person whose name is a breed, and a breed’s word on its own', () => {
    expect(breeds('Mr Jack Russell, the neighbour, called Jack Russell Jnr.')).toEqual([]);
    expect(breeds('She said that Jack Russell called her; Jack Russell, 34, lives there.')).toEqual(
      [],
    );
    expect(breeds('Referral from Ms Corso. Tom Shepherd is her partner.')).toEqual([]);
    expect(breeds('She said it’s Jack Russell who sells them; ask Jack Russell.')).toEqual([]);
  });

  it('reads a breed as "dog" at the same offsets', () => {
    const text = 'the family’s XL Bully, Tyson';
    const read = breedsAsDogs(text, breedSpans(text, tokenise(text)));
    expect(read).toBe('the family’s      dog, Tyson');
    expect(read).toHaveLength(text.length);
  });
});

describe('pets named after a breed of several words', () => {
  it('hides neither the breed nor the pet named after it, on any pass', () => {
    const text =
      'Maisie was bitten by the family’s XL Bully, Tyson. Tyson was on a chain. Dad keeps a Cane Corso called Bruno and a Shih Tzu (Lola); Lola sleeps upstairs.';
    expect(hidden(text)).toEqual(['Maisie']);
  });

  it('still hides a person called Jack Russell, and a person near a pet', () => {
    expect(hidden('Maisie’s uncle, Mr Jack Russell, owns a Jack Russell.')).toEqual([
      'Maisie',
      'Jack Russell',
    ]);
    expect(hidden('Maisie walks the German Shepherd with Kayden Firth.')).toEqual([
      'Maisie',
      'Kayden Firth',
    ]);
    const shepherds: KnownClient = { child: { firstName: 'Ellis', lastName: 'Shepherd' } };
    const text = 'Mr Shepherd keeps a German Shepherd, Duke, in the yard.';
    expect(anonymise(text, shepherds).findings.map((f) => f.original)).toEqual(['Mr Shepherd']);
  });
});
