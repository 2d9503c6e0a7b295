import { describe, expect, it } from 'vitest';
import { findDeviceNumbers } from './device-numbers';
import { findChecksumNumbers } from './checksum-numbers';
import { findCuedNumbers } from './cued-numbers';

const found = (text: string) => findDeviceNumbers(text).map((f) => f.original);

describe('a person’s device, equipment and account numbers', () => {
  it('finds a serial with letters in it after "serial"', () => {
    expect(found('Her feeding pump (serial KX-19-3300412) alarms at night.')).toEqual([
      'KX-19-3300412',
    ]);
    expect(found('Tablet serial H7QW22MZP1 was given by school.')).toEqual(['H7QW22MZP1']);
    expect(found('glucose monitor serial SN 4TR88120 needs a new sensor')).toEqual(['SN 4TR88120']);
  });

  it('keeps an agency’s all-digit serial and a serial with no number', () => {
    expect(found('Incident log. Serial 2025-0311-0042.')).toEqual([]);
    expect(found('He watches serial killer films.')).toEqual([]);
  });

  it('finds a SIM card number and an IP address after its cue', () => {
    expect(found('a second SIM 8944 2200 1133 5566 778 in the drawer')).toEqual([
      '8944 2200 1133 5566 778',
    ]);
    expect(found('The home IP address logged by the filter was 81.2.69.160; it matches.')).toEqual([
      '81.2.69.160',
    ]);
    expect(found('Version 1.2.3.4 of the app.')).toEqual([]);
  });

  it('finds a hospital number a few words after its cue', () => {
    expect(found('the hospital number dad gave (LGI 6604129) was wrong')).toEqual(['LGI 6604129']);
  });

  it('finds an IMEI a few small words after its cue, and a user id', () => {
    const imei = findChecksumNumbers('IMEI on the box 351234567890120 and no other');
    expect(imei.map((f) => f.original)).toEqual(['351234567890120']);
    const user = findCuedNumbers('(Fortnite user ID 7718204455) sent him gifts');
    expect(user.map((f) => f.original)).toEqual(['7718204455']);
  });
});
