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
});
