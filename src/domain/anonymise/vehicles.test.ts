import { describe, expect, it } from 'vitest';
import { findVehicleRegistrations } from './vehicles';

const found = (text: string) => findVehicleRegistrations(text).map((f) => f.original);

describe('vehicle registrations', () => {
  it('finds a current-format plate in capitals, spaced or not', () => {
    expect(found('Seen getting into AB12 CDE and later KX69ZZB.')).toEqual(['AB12 CDE', 'KX69ZZB']);
  });

  it('finds older prefix and suffix plates, and lower case, only after a cue word', () => {
    expect(found('dad’s car reg a123 bcd; van registration ABC 123D; reg no. yk07 fgh')).toEqual([
      'a123 bcd',
      'ABC 123D',
      'yk07 fgh',
    ]);
  });

  it('leaves acronyms and section numbers that only look like old plates', () => {
    expect(found('S47 CSC strategy meeting; ICPC on 3 May; Stage 2 of CP plan')).toEqual([]);
  });
});
