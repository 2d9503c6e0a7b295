import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { hospitalAndHubSpans } from './hospital-hubs';
import type { KnownClient } from './types';

const kept = (text: string) => hospitalAndHubSpans(text).map((s) => text.slice(s.start, s.end));
const client: KnownClient = { child: { firstName: 'Keira', lastName: 'Doyle' } };
const hidden = (text: string) => anonymise(text, client).findings.map((f) => f.original);

describe('hospitals and transport hubs named by their town', () => {
  it('keeps a hospital shortened with "Royal" or named where someone was conveyed', () => {
    expect(kept('Keira was conveyed to Royal Wexham, head injury.')).toEqual(['Royal Wexham']);
    expect(kept('Dr Amos (Burnley Royal) attended.')).toEqual(['Burnley Royal']);
    expect(kept('told to take her to the royal wexham for a medical')).toEqual(['royal wexham']);
    expect(kept('We conveyed Mrs Doyle to Moorgreen.')).toEqual(['Moorgreen']);
  });

  it('keeps airports, coach stations, ports, central stations and airlines', () => {
    expect(kept('seen at Luton Airport and at Victoria Coach Station')).toEqual([
      'Luton Airport',
      'Victoria Coach Station',
    ]);
    expect(kept('picking her up from leeds airport, then Fishguard port')).toEqual([
      'leeds airport',
      'Fishguard port',
    ]);
    expect(kept('on trains to Newport Central with him')).toEqual(['Newport Central']);
    expect(kept('flying Brussels Airlines via Brussels')).toEqual(['Brussels Airlines']);
    expect(kept('I attended Brinsworth custody at 01:20')).toEqual(['Brinsworth']);
    expect(kept('Mill Lane custody suite')).toEqual(['Mill Lane']);
  });

  it('leaves a town of three words, a town called Port and a street called Central', () => {
    expect(kept('She moved to Royal Leamington Spa.')).toEqual([]);
    expect(kept('She lives in Ellesmere Port.')).toEqual([]);
    expect(kept('a flat on Nelson Road Central')).toEqual([]);
    // Written with its kind, the station is where a child was found: "Derby bus station" is hidden.
    expect(kept('found at Newport Central station at 2am')).toEqual([]);
    expect(kept('picked up from Newport Central bus stn')).toEqual([]);
    expect(hidden('Keira moved to Royal Wootton Bassett in May.')).toContain(
      'Royal Wootton Bassett',
    );
  });

  it('still hides the people round them', () => {
    expect(hidden('Keira was conveyed to Royal Wexham with her aunt Bernadette.')).toEqual([
      'Keira',
      'Bernadette',
    ]);
  });
});
