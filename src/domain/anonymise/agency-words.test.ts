// Thirteenth round: words of the word lists that notes showed taken for a stranger's name — a
// video-call or messaging app, a clinical record system, an armed forces' rank before a serving
// parent's name, a junior or rugby club's "JFC" / "RFC" — are kept, and the person beside them is
// still hidden.
import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import type { KnownClient } from './types';

const client: KnownClient = {
  child: { firstName: 'Kayla', lastName: 'Hendry' },
  familyMembers: [],
};

function hidden(text: string): string[] {
  return anonymise(text, client).findings.map((f) => f.original);
}

describe('apps, systems, ranks and clubs are no names', () => {
  it('keeps a video-call or messaging app and the record system BadgerNet', () => {
    expect(hidden('Kayla told her mum on FaceTime that she was scared.')).toEqual(['Kayla']);
    expect(hidden('He gave Kayla his personal WeChat and told her to delete it.')).toEqual([
      'Kayla',
    ]);
    expect(hidden('Mum messages me on Zalo most days about Kayla.')).toEqual(['Kayla']);
    expect(hidden('Kayla was on the unit; BadgerNet notes updated.')).toEqual(['Kayla']);
  });

  it("keeps an armed forces' rank and hides the name after it", () => {
    const found = hidden('Father: LCpl Blessing Ndlovu, Royal Logistic Corps. Kayla is 8.');
    expect(found).toContain('Blessing Ndlovu');
    expect(found).not.toContain('LCpl');
    expect(hidden('RMP: Pte Scott Bainbridge attended with Kayla.')).toContain('Scott Bainbridge');
    expect(hidden('Serving person: Cpl Stuart Garside.').join(' ')).not.toMatch(/Cpl/);
  });

  it('takes a club named with "JFC" or "RFC" as one place, never as a name', () => {
    // Nineteenth round: a child's club locates them, so it is proposed whole as a place.
    const typed = (text: string) =>
      anonymise(text, client).findings.map((f) => [f.original, f.type]);
    expect(typed('Kayla plays for Westbrook Rangers JFC on Saturdays.')).toEqual([
      ['Kayla', 'name'],
      ['Westbrook Rangers JFC', 'place'],
    ]);
    expect(typed('He coaches at Tywi Valley RFC on Sundays, where Kayla plays.')).toEqual([
      ['Tywi Valley RFC', 'place'],
      ['Kayla', 'name'],
    ]);
  });
});

describe('banks, payment apps, airlines and transport firms are no names', () => {
  it('keeps the firm and hides the person beside it', () => {
    expect(hidden('Kayla paid Dwayne on Cash App and he sold it on Vinted.')).toEqual([
      'Kayla',
      'Dwayne',
    ]);
    expect(hidden('Account with Lloyds; Kayla flew Pegasus, then took FlixBus.')).toEqual([
      'Kayla',
    ]);
    expect(hidden('Kayla bets on Bet365 and trades on Coinbase.')).toEqual(['Kayla']);
  });
});
