import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { findEmails, findPhones } from './contact';
import { isUkPhoneNumber, nationalPhoneDigits, readsAsUkPhone } from './phone-digits';

const client = { child: { firstName: 'Test' } };
const phones = (text: string): string[] => findPhones(text, client).map((f) => f.original);

describe('nationalPhoneDigits', () => {
  it('turns +44 and (0) forms into the national number', () => {
    expect(nationalPhoneDigits('+44 (0)7700 900846')).toBe('07700900846');
    expect(nationalPhoneDigits('+447700900402')).toBe('07700900402');
    expect(nationalPhoneDigits('0044 20 7946 0321')).toBe('02079460321');
  });

  it('knows the shape of UK numbers', () => {
    expect(isUkPhoneNumber('07700900846')).toBe(true);
    expect(isUkPhoneNumber('0161496000')).toBe(true);
    expect(isUkPhoneNumber('07700')).toBe(false);
    expect(isUkPhoneNumber('06700900846')).toBe(false);
  });
});

describe('findPhones', () => {
  it('keeps an agency’s landline named in the same clause and any 03/0800 number', () => {
    expect(
      phones(
        'Rang the council duty team on 01793 445500; then 0300 456 0108. Her mobile 07700 900312.',
      ),
    ).toEqual(['07700 900312']);
  });

  it('keeps the landline of a Welsh council named kind first', () => {
    expect(phones('Referred to Cyngor Gwynedd on 01766 771000. Mam on 07700 900461.')).toEqual([
      '07700 900461',
    ]);
  });

  it('hides a family’s landline even after an agency word, and a non-geographic number said to be mum’s', () => {
    expect(
      phones('Police visited his mother, landline 0121 496 0000. Mum’s number 0333 000 1234.'),
    ).toEqual(['0121 496 0000', '0333 000 1234']);
  });

  it('finds mobiles and landlines written with spaces, dashes and brackets', () => {
    expect(phones('mobile 07700 900462, or 07700-900-129')).toEqual([
      '07700 900462',
      '07700-900-129',
    ]);
    expect(phones('landline (0121) 496 0153 and 0113-496-0721')).toEqual([
      '(0121) 496 0153',
      '0113-496-0721',
    ]);
    expect(phones('London 020 7946 0321.')).toEqual(['020 7946 0321']);
  });

  it('finds international forms', () => {
    expect(phones('on +44 7700 900402 or +44 (0)7700 900846')).toEqual([
      '+44 7700 900402',
      '+44 (0)7700 900846',
    ]);
  });

  it('finds a UK mobile written with 0044, whose fourteen digits are all read', () => {
    expect(phones('"Bianca" – 0044 7700 900 190 – friend; or 0044 20 7946 0321.')).toEqual([
      '0044 7700 900 190',
      '0044 20 7946 0321',
    ]);
  });

  it('finds a number abroad written with its country code', () => {
    expect(phones('her mother’s number in Vietnam, +84 912 448 301. A silver car')).toEqual([
      '+84 912 448 301',
    ]);
    expect(phones('by WhatsApp, +234 803 555 0192. Assessment:')).toEqual(['+234 803 555 0192']);
    expect(phones('dad in Ireland on 00353 87 123 4567 most days')).toEqual(['00353 87 123 4567']);
  });

  it('leaves a plus before a short count or a sum, which is no number abroad', () => {
    expect(phones('scored +3 on the scale, 12+ incidents, +1 2024 and +20 5 6')).toEqual([]);
  });

  it('ignores dates, times and numbers that are too short or too long', () => {
    expect(phones('on 07/03/2014 at 09:40, 2014-03-07, ref 07700 and 077009004621234')).toEqual([]);
  });

  it('marks a number from the client record as such', () => {
    const known = {
      ...client,
      familyMembers: [{ firstName: 'K', relationship: 'mother', phone: '+44 7700 900462' }],
    };
    expect(findPhones('call 07700900462', known)[0]?.reason).toMatch(/client record/);
  });
});

describe('findEmails', () => {
  it('finds e-mail addresses and keeps a professional work address', () => {
    const text =
      'Mum wrote from kasia.nowak@example.com; reply to s.okonjo@council.example.gov.uk.';
    const found = findEmails(text, ['okonjo']);
    expect(found.map((f) => f.original)).toEqual(['kasia.nowak@example.com']);
    expect(found[0]?.replacement).toBe('[email address]');
  });

  it("redacts an address carrying a client's name even if a professional shares the surname", () => {
    const found = findEmails(
      'from kelly.smith@example.com',
      ['smith'],
      new Set(['kelly', 'smith']),
    );
    expect(found).toHaveLength(1);
  });
});

describe('a local service’s line named by its council’s area', () => {
  it('keeps a landline straight after a council’s area or a service’s name', () => {
    expect(
      phones(
        'rang north somerset 01275 888808 and Northumberland One Call (01670 536400). Halton iCART 0151 907 8305. Starting Point (01629 533190). Nadia Rahman, CYP ISVA, 01952 000000.',
      ),
    ).toEqual([]);
  });

  it('still hides a family’s number after an area, and any mobile', () => {
    expect(phones('Nan lives in Wigan 01942 123456. Halton 07700 900123.')).toEqual([
      '01942 123456',
      '07700 900123',
    ]);
  });
});

describe('a professional’s or a service’s landline named by its role', () => {
  it('keeps a landline after the LADO, a GP, a health visitor, probation, a refuge or a worker', () => {
    expect(
      phones(
        'The LADO can be reached on 01225 713945. GP surgery rang from 01225 765432. Health visitor 01225 700111. Probation office 0117 496 0123. Refuge 01632 960777. Family worker Jo 01632 960888.',
      ),
    ).toEqual([]);
  });

  it('still hides a family’s landline and any mobile after those words', () => {
    expect(
      phones('The LADO spoke to his mother, landline 01225 702345, mobile 07700 900123.'),
    ).toEqual(['01225 702345', '07700 900123']);
  });
});

describe('an office’s line named after the number', () => {
  it('keeps a landline said to be an office’s line, not a family’s', () => {
    expect(phones('ring me (Jo Lee, 01632 960 118, office line) or')).toEqual([]);
    expect(phones('Phone 0113 496 0771 (hostel landline, staff office)')).toEqual([]);
  });

  it('hides one a family word owns, and any mobile', () => {
    expect(phones('mum 0113 496 0771 (mum’s office line)')).toEqual(['0113 496 0771']);
    expect(phones('her 07700 900 118, work line')).toEqual(['07700 900 118']);
  });
});

describe('readsAsUkPhone', () => {
  it('reads a value another finder found as a UK phone number, a bare 44 before it too', () => {
    expect(readsAsUkPhone('0113 496 0771')).toBe(true);
    expect(readsAsUkPhone('447700900123')).toBe(true);
    expect(readsAsUkPhone('F2LXK9Q4N6')).toBe(false);
    expect(readsAsUkPhone('0401 7789 2341')).toBe(false);
  });
});

describe('an agency’s line named before it, through the whole anonymiser', () => {
  it('stays kept when a later pass has hidden the agency’s name', () => {
    const phonesFound = (text: string) =>
      anonymise(text, client)
        .findings.filter((f) => f.type === 'phone')
        .map((f) => f.original);
    expect(phonesFound('I have spoken to Powys Porth Gofal 01597 827666 and will write.')).toEqual(
      [],
    );
    expect(phonesFound('Mum Kerry Bell 07700 900461 rang.')).toEqual(['07700 900461']);
  });
});

describe('a phone number split over a line', () => {
  it('reads on across a line break while the number is too short to dial', () => {
    expect(phones('number on his arm: 0161 496\n0718 (split)')).toEqual(['0161 496\n0718']);
  });

  it('stops at a line break after a whole number', () => {
    expect(phones('Mum 07700 900462\n12 children attend')).toEqual(['07700 900462']);
  });
});

describe('round 20: more of an agency’s own lines', () => {
  it('keeps a crisis line, a duty or out-of-hours line, and an adult safeguarding team’s', () => {
    expect(phones('Crisis line: 0161 496 0200. Then')).toEqual([]);
    expect(phones('rang adult safeguarding 01632 960 555 (duty). She')).toEqual([]);
    expect(phones('Leeds Children First 01632 960 020 (out of hours)')).toEqual([]);
  });

  it('keeps a signature’s line under its agency or after its e-mail address', () => {
    expect(phones('Coordinator, Bath Appropriate Adult Scheme\nTel 0117 496 0121')).toEqual([]);
    expect(phones('Social Worker, Conwy Children and Families\n01492 575000')).toEqual([]);
    expect(phones('a.jones@leeds.example.gov.uk | 0113 496 0120')).toEqual([]);
  });

  it('still finds a family’s landline after such words, and one on a line of its own', () => {
    expect(phones('adult safeguarding said mum’s landline is 01632 960 556')).toEqual([
      '01632 960 556',
    ]);
    expect(phones('Mum Kelly Price\n01632 960 557')).toEqual(['01632 960 557']);
    expect(phones('kelly.price@example.com | 01632 960 558')).toEqual(['01632 960 558']);
  });
});

describe('round 21: a school’s own line', () => {
  it('finds a school’s landline in a signature, which names the school', () => {
    expect(phones('Ms K Lowe, SENCO, Elmgrove Academy, 01632 960 101')).toEqual(['01632 960 101']);
    expect(phones('Safeguarding Officer, Riverside College, 01632 960 102')).toEqual([]);
  });
});
