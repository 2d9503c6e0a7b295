import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { keepSpans } from './keep-terms';
import { tokenise } from './text';
import type { KnownClient } from './types';

const client: KnownClient = {
  child: { firstName: 'Kayden', lastName: 'Marsh' },
  familyMembers: [{ firstName: 'Tanya', lastName: 'Marsh', relationship: 'mother' }],
  address: { line1: '4 Elm Close', town: 'Trowbridge', postcode: 'BA14 8QT' },
};

function kept(text: string, keepTerms?: string[]): string[] {
  return keepSpans(text, tokenise(text), keepTerms ? { keepTerms } : undefined).map(
    ({ start, end }) => text.slice(start, end),
  );
}

/** Anonymises `text` for the test client: every `keep` term prints, no `hide` term does. */
function keepsAndHides(text: string, keep: readonly string[], hide: readonly string[]): void {
  const out = anonymise(text, client).text;
  for (const term of keep) expect(out).toContain(term);
  for (const term of hide) expect(out).not.toContain(term);
}

describe('keepSpans', () => {
  it('keeps no police force whose area ends in a joining word ("found in Gateshead by police")', () => {
    expect(kept('She was found in Gateshead by police.')).toEqual([]);
    expect(kept('She was found in Gateshead with police.')).toEqual([]);
    expect(kept('Reported to Devon and Cornwall Police.')).toContain('Devon and Cornwall Police');
  });

  it('keeps councils of every tier from the gazetteer, by official name or area and kind', () => {
    expect(kept('Referred by Cambridgeshire County Council.')).toContain(
      'Cambridgeshire County Council',
    );
    expect(kept('Royal Borough of Kensington and Chelsea housing')).toContain(
      'Royal Borough of Kensington and Chelsea',
    );
    expect(kept('passed to swindon borough council today')).toContain('swindon borough council');
    expect(kept('Bath and North East Somerset Council')).toContain(
      'Bath and North East Somerset Council',
    );
  });

  it('keeps police forces and constabularies, NHS trusts, boards and ICBs, children’s trusts', () => {
    const text =
      'Avon and Somerset Constabulary, Wiltshire Police, Great Western Hospitals NHS Foundation Trust, ' +
      'Hywel Dda University Health Board, NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board ' +
      'and Birmingham Children’s Trust met.';
    const spans = kept(text);
    for (const body of [
      'Avon and Somerset Constabulary',
      'Wiltshire Police',
      'Great Western Hospitals NHS Foundation Trust',
      'Hywel Dda University Health Board',
      'Birmingham Children’s Trust',
    ])
      expect(spans).toContain(body);
    expect(spans.some((span) => span.endsWith('Integrated Care Board'))).toBe(true);
  });

  it('keeps statutory and practice terms in any case', () => {
    const text =
      'A child arrangements order, a Domestic Violence Disclosure Scheme request, Signs of Safety mapping, ' +
      'Section 47 enquiry, Team Around the Family and MARAC.';
    const spans = kept(text);
    for (const term of [
      'child arrangements order',
      'Domestic Violence Disclosure Scheme',
      'Signs of Safety',
      'Section 47 enquiry',
      'Team Around the Family',
      'MARAC',
    ])
      expect(spans).toContain(term);
  });

  it('keeps child death review and fire service terms', () => {
    const text =
      'Sudden Unexpected Death in Infancy report; Clutter Image Rating 6 in the kitchen.';
    expect(kept(text)).toEqual(
      expect.arrayContaining(['Sudden Unexpected Death in Infancy', 'Clutter Image Rating']),
    );
  });

  it('keeps the policy pack’s own agencies and teams', () => {
    expect(
      kept('Spoke to Hollybrook Early Help Hub today', ['Hollybrook Early Help Hub']),
    ).toContain('Hollybrook Early Help Hub');
  });

  it('does not keep a capitalised name that merely sits before a body’s name', () => {
    expect(kept('Kayden told Wiltshire Police')).toEqual(['Wiltshire Police']);
  });
});

describe("Scotland's health boards and a town's venues (twenty-first round)", () => {
  it('keeps a health board named NHS first, with "and" joining its areas', () => {
    expect(kept('Dr Shah (NHS Greater Glasgow and Clyde) attended')).toContain(
      'NHS Greater Glasgow and Clyde',
    );
    expect(kept('a health visitor from NHS Fife')).toContain('NHS Fife');
    expect(kept('NHS 943 476 5919')).toEqual([]);
  });

  it("keeps a town's guildhall, town hall, civic centre and community pantry, and hides the family", () => {
    expect(kept('Venue: Trowbridge Guildhall, room 2')).toContain('Trowbridge Guildhall');
    expect(kept('she uses the Trowbridge Community Pantry')).toContain(
      'Trowbridge Community Pantry',
    );
    expect(kept('we met at Smith Pantry')).toEqual([]);
    keepsAndHides(
      'Meeting at Trowbridge Guildhall. Kayden lives in Trowbridge with Tanya.',
      ['Trowbridge Guildhall'],
      ['Kayden', 'Tanya', 'in Trowbridge'],
    );
  });
});

describe('anonymise with the keep lists', () => {
  it('leaves public bodies and practice terms in the text while hiding the family', () => {
    const text =
      'Kayden Marsh lives in Trowbridge with Tanya. Wiltshire Council children’s social care and ' +
      'Wiltshire Police held a Section 47 strategy discussion; Signs of Safety mapping and a ' +
      'Child Arrangements Order were discussed with Dorset Healthcare University NHS Foundation Trust.';
    const { text: out } = anonymise(text, client);
    expect(out).not.toMatch(/Kayden|Marsh|Tanya|Trowbridge/);
    for (const kept of [
      'Wiltshire Council',
      'Wiltshire Police',
      'Section 47',
      'Signs of Safety',
      'Child Arrangements Order',
      'Dorset Healthcare University NHS Foundation Trust',
    ])
      expect(out).toContain(kept);
  });

  it("keeps the pack's directory numbers and an agency's switchboard, never the family's", () => {
    const text =
      'Called the Designated Nurse on 01380 733908 and the hospital switchboard on 01225 428331. ' +
      'Mum’s landline is 01225 765432 and her mobile 07700 900123.';
    const { text: out } = anonymise(text, client, { keepPhones: ['01380 733908'] });
    expect(out).toContain('01380 733908');
    expect(out).toContain('01225 428331');
    expect(out).not.toContain('01225 765432');
    expect(out).not.toContain('07700 900123');
  });

  it("hides the client's own phone number even after a switchboard cue", () => {
    const own: KnownClient = {
      ...client,
      familyMembers: [
        { firstName: 'Tanya', lastName: 'Marsh', relationship: 'mother', phone: '01225 765432' },
      ],
    };
    const { text: out } = anonymise('Her switchboard number is 01225 765432.', own, {
      keepPhones: ['01225 765432'],
    });
    expect(out).not.toContain('765432');
  });

  it('keeps Welsh bodies named kind first, NHS foundation trusts shortened to FT and county councils shortened to CC', () => {
    expect(kept('Referred to Cyngor Gwynedd on 01766 771000.')).toContain('Cyngor Gwynedd');
    expect(kept('Heddlu Gogledd Cymru attended.')).toContain('Heddlu Gogledd Cymru');
    expect(kept('rejected (Central and North West London NHS FT SPA)')).toContain(
      'Central and North West London NHS FT',
    );
    expect(kept('a referral to Leicestershire CC First Response')).toContain('Leicestershire CC');
    expect(kept('Cyngor is a word; Tomos Cyngor is not a body')).toEqual([]);
  });

  it('keeps practice terms for forced marriage, FGM risk and Channel, and hides the people beside them', () => {
    const text =
      'CSC decline to consider a Forced Marriage or FGM Protection Order. FGM Risk Indication System flagged. Prevent say "not for Channel". Essex Fire and Rescue visited Tanya.';
    keepsAndHides(
      text,
      ['Forced Marriage', 'FGM Risk Indication System', 'Channel', 'Essex Fire and Rescue'],
      ['Tanya'],
    );
  });

  it('keeps a service’s one-word brand with its area, and the number after it, across passes', () => {
    expect(kept('Referral to Liverpool Careline on 0151 233 3700.')).toContain(
      'Liverpool Careline',
    );
    const out = anonymise(
      'Mum Tanya collapsed. Referral to Liverpool Careline on 0151 233 3700; Tanya on 07700 900123.',
      client,
    ).text;
    expect(out).toContain('Liverpool Careline on 0151 233 3700');
    expect(out).not.toContain('Tanya');
    expect(out).not.toContain('900123');
  });

  it('keeps national voluntary organisations, but no one-word name that is also a person’s', () => {
    const text =
      'Referred to Kooth and Catch22; Home-Start and Family Action visit; Victim Support called. Brook (14) hangs about with Mind.';
    const spans = kept(text);
    for (const body of ['Kooth', 'Home-Start', 'Family Action', 'Victim Support'])
      expect(spans).toContain(body);
    expect(anonymise(text, client).text).toContain(
      'Kooth and Catch22; Home-Start and Family Action',
    );
    expect(spans).not.toContain('Brook');
    expect(spans).not.toContain('Mind');
  });

  it('keeps programmes, tools and proceedings that practitioners name, and a hotel chain', () => {
    const text =
      'Mum was offered the Freedom Programme and Caring Dads; Best Start in Life and a Staying Put arrangement; Pre-Proceedings started; Three Houses done; Alder Hey flagged it. Placed at the Premier Inn with Tanya.';
    keepsAndHides(
      text,
      [
        'Freedom Programme',
        'Caring Dads',
        'Best Start in Life',
        'Staying Put',
        'Pre-Proceedings',
        'Three Houses',
        'Alder Hey',
        'Premier Inn',
      ],
      ['Tanya'],
    );
  });
});

describe('adult safeguarding and online-safety terms (seventeenth round)', () => {
  it('keeps an LPA, the Public Guardian, an EPDS score, Report Remove and Snap Map, and hides the people', () => {
    keepsAndHides(
      'Mrs Joan Pike (daughter, LPA attorney) wrote to the Office of the Public Guardian. Tanya: EPDS 14. Kayden used Report Remove; his Snap Map shows Ferndale Rec.',
      ['LPA', 'Public Guardian', 'EPDS', 'Report Remove', 'Snap Map'],
      ['Joan Pike', 'Tanya', 'Kayden'],
    );
  });
});
