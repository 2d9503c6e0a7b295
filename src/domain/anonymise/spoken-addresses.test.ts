import { describe, expect, it } from 'vitest';
import { findLooseAddresses } from './loose-address';
import { spokenAddresses } from './spoken-addresses';

const spoken = (text: string) =>
  spokenAddresses(text).map((span) => text.slice(span.start, span.end));

describe('a house number read out in words', () => {
  it('finds the number and street after "attended", "visited", "lives at" or "address"', () => {
    expect(spoken('dictated note attended fourteen bridge street ebbw vale re concern')).toEqual([
      'fourteen bridge street',
    ]);
    expect(spoken('Attended forty eight Parkway re report from mother')).toEqual([
      'forty eight Parkway',
    ]);
    expect(spoken('she lives at twenty-two Mill Lane with her nan')).toEqual([
      'twenty-two Mill Lane',
    ]);
    expect(spoken('address is seven Station Road.')).toEqual(['seven Station Road']);
  });

  it('is proposed with the loosely written addresses', () => {
    expect(
      findLooseAddresses('attended fourteen bridge street at 10am').map((f) => f.original),
    ).toContain('fourteen bridge street');
  });

  it('leaves counts of meetings and people, and a number with no street word', () => {
    expect(spoken('we attended two meetings on the road')).toEqual([]);
    expect(spoken('She visited three old school friends.')).toEqual([]);
    expect(spoken('I attended two Child Protection conferences')).toEqual([]);
    expect(spoken('she walked two miles down the road')).toEqual([]);
  });
});
