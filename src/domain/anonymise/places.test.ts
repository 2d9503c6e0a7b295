import { describe, expect, it } from 'vitest';
import { findCuedPlaces, findKnownPlaces } from './places';

describe('places that locate the family', () => {
  const client = {
    child: { firstName: 'Ava' },
    address: { line1: '4 Elm Close', line2: 'Southbroom', town: 'Devizes' },
  };

  it('finds the town of the client’s address in any case', () => {
    const text = 'Family moved within devizes, near DEVIZES market.';
    expect(findKnownPlaces(text, client).map((f) => f.original)).toEqual(['devizes', 'DEVIZES']);
  });

  it('keeps the town when it names an agency', () => {
    expect(findKnownPlaces('Devizes Police and Devizes Council attended.', client)).toEqual([]);
  });

  it('finds a capitalised place after "lives in" or "moved to", but not an agency', () => {
    const text =
      'Nan lives in Market Lavington. They moved to Social Care offices; stays in Frome.';
    expect(findCuedPlaces(text, new Set(), []).map((f) => f.original)).toEqual([
      'Market Lavington',
      'Frome',
    ]);
  });

  it('finds a lower-case town after a cue only when it is a known area', () => {
    const text = 'nan lives in swindon and dad moved to milton keynes; mum lives in a flat.';
    expect(findCuedPlaces(text, new Set(), []).map((f) => f.original)).toEqual([
      'swindon',
      'milton keynes',
    ]);
  });

  it('finds a place after "lives at" but not a relative’s home', () => {
    const text = 'Dad lives at Hilltop Farm. Kids are staying at Nan’s.';
    expect(findCuedPlaces(text, new Set(), []).map((f) => f.original)).toEqual(['Hilltop Farm']);
  });

  it('finds a postcode district on its own after a cue or before "area"', () => {
    const text =
      'Family moved to BA14 last month; the SN12 area is where dad stays. Stage 2 began.';
    expect(findCuedPlaces(text, new Set(), []).map((f) => [f.original, f.type])).toEqual([
      ['BA14', 'postcode'],
      ['SN12', 'postcode'],
    ]);
  });
});

describe('a month after "moved in"', () => {
  it('is when the family moved, not where; a town after "moved to" is still a place', () => {
    const cued = (text: string) => findCuedPlaces(text, new Set(), []).map((f) => f.original);
    expect(cued('Mark (mum’s partner, moved in Aug) Diagnosis: ASD')).toEqual([]);
    expect(cued('They moved in September, then again.')).toEqual([]);
    expect(cued('They moved to March last year.')).toEqual(['March']);
    expect(cued('She moved in Mayfield with her nan.')).toEqual(['Mayfield']);
  });
});

describe('a council’s area or a listed town where a person in the note is', () => {
  const nobody = { child: { firstName: 'Ava' } };
  const cued = (text: string, blocked: { start: number; end: number }[] = []) =>
    findCuedPlaces(text, new Set(), blocked).map((f) => f.original);

  it('finds it after a relative, a friend or "found in"', () => {
    expect(
      cued(
        'A friend in Hounslow; his grandparents in Caerphilly; found in Preston at an address; her uncle (mum’s side) in Derby.',
      ),
    ).toEqual(['Hounslow', 'Caerphilly', 'Preston', 'Derby']);
    expect(findKnownPlaces('A friend in Hounslow.', nobody)).toEqual([]);
  });

  it('leaves the partnership’s own area, an unlisted word and an agency', () => {
    const text = 'Found in Walsall on Sunday. Walsall Children’s Services shared it.';
    const kept = text.indexOf('Walsall Children’s Services');
    expect(cued(text, [{ start: kept, end: kept + 27 }])).toEqual([]);
    expect(cued('the CP register in Fife; a friend in Year 9; mum in Wigan Council')).toEqual([]);
  });
});
