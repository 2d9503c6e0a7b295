import { describe, expect, it } from 'vitest';
import { findCuedNumbers } from './cued-numbers';

const found = (text: string) => findCuedNumbers(text).map((f) => f.original);

describe('numbers after their cue words', () => {
  it('finds passport, driving-licence, ULN, hospital, CHI and H&C numbers', () => {
    expect(
      found(
        'Passport no. 123456789; driving licence MORGA753116SM9IJ; ULN 1234567890; hospital number RX1234567; CHI: 0101125678; H&C 123 456 7890.',
      ),
    ).toEqual([
      '123456789',
      'MORGA753116SM9IJ',
      '1234567890',
      'RX1234567',
      '0101125678',
      '123 456 7890',
    ]);
  });

  it('finds clinic, certificate, port, application, account and ID-card numbers', () => {
    expect(
      found(
        'Client Maya (clinic no. SH-0087342); certificate no. DP/FAC/20114; port reference DVR/24/08831; Homelessness application HA/25/01932; rent account 40018832; energy account EA-3319-0087; Romanian ID card, no. RX 584291; passport office ref PEX 553 018 772.',
      ),
    ).toEqual([
      'SH-0087342',
      'DP/FAC/20114',
      'DVR/24/08831',
      'HA/25/01932',
      '40018832',
      'EA-3319-0087',
      'RX 584291',
      'PEX 553 018 772',
    ]);
  });

  it('leaves a clinic’s phone, a date after a hospital and an application’s date', () => {
    expect(
      found(
        'Rang the clinic on 0151 233 3700. Born at the Hospital on 30/11. Application on 2/3/2025.',
      ),
    ).toEqual([]);
  });

  it('needs at least four digits, so words and short numbers after a cue stay', () => {
    expect(found('Passport is with dad; hospital ward 12; licence expired')).toEqual([]);
  });
});

describe('housing, benefit, Home Office and offender references after their cue words', () => {
  it('finds references written with letters, slashes and spaces', () => {
    expect(
      found(
        'Tenancy ref GH/20331/T; tenancy T/004112/09; Home Office ref K1234567/89; BRP ZX1234567; council tax acc 6001 2298 47, HB ref HB0091232; PNC 08/443219Z; CRN X448120; housing register ref MK/HR/99813; Hosp no SRFT 0041298; passport CZ 40012345; young carers card no. YC-22871; Aspen card (ref ASP 4471 0093).',
      ),
    ).toEqual([
      'GH/20331/T',
      'T/004112/09',
      'K1234567/89',
      'ZX1234567',
      '6001 2298 47',
      'HB0091232',
      '08/443219Z',
      'X448120',
      'MK/HR/99813',
      'SRFT 0041298',
      'CZ 40012345',
      'YC-22871',
      'ASP 4471 0093',
    ]);
  });

  it('leaves dates and years after a cue, words that only start like a cue, and crime references', () => {
    expect(
      found('On benefits since 2024; HO 12/03/2024; house 1234 rang; crime reference 22/45871/24.'),
    ).toEqual([]);
  });
});

describe('more cue words, and a number a few words after its cue', () => {
  it('finds PP, driver, CRO, prison, tax, blue badge, bus pass and account numbers', () => {
    expect(
      found(
        'PP no. 512345678; his driver number is SMITH802144AB1CD; CRO number 123456/12A; HMP number A4455CD; UTR 12345 67890; HMRC ref 1234 56789; blue badge no. AB12CDE3456; bus pass number 12345678; account number 43218765.',
      ),
    ).toEqual([
      '512345678',
      'SMITH802144AB1CD',
      '123456/12A',
      'A4455CD',
      '12345 67890',
      '1234 56789',
      'AB12CDE3456',
      '12345678',
      '43218765',
    ]);
  });

  it('reads past a bracketed note between the cue and the number', () => {
    expect(found('Her passport (Nigerian) A05123456 was held by the aunt.')).toEqual(['A05123456']);
  });

  it('finds immigration, settled-status, share-code, bank, UCAS, membership and travel-card numbers', () => {
    expect(
      found(
        'immigration ref G1234567; EU settled status number 1234-5678-9012-3456; share code A12 B34 C56; sort code 20-45-77; UCAS ID 123-456-7890; IHS number IHS123456789; membership number 55512345; her Oyster is 0123 4567 8901.',
      ),
    ).toEqual([
      'G1234567',
      '1234-5678-9012-3456',
      'A12 B34 C56',
      '20-45-77',
      '123-456-7890',
      'IHS123456789',
      '55512345',
      '0123 4567 8901',
    ]);
    expect(found('immigration since 2019; membership of 12 clubs; share code not given')).toEqual(
      [],
    );
  });

  it('reads a number in brackets straight after its cue', () => {
    expect(found('Her passport (P04471192) and her siblings’ are with the school.')).toEqual([
      'P04471192',
    ]);
    expect(found('certificate (2024) and hospital (ward 4) were seen')).toEqual([]);
    expect(found('Forced Marriage Unit (020 7008 0151) advised.')).toEqual([]);
  });

  it('finds a prison number in its own form with no cue, and nothing else of that shape', () => {
    expect(found('release on 19/11 – Imran HUSSAIN A4419DX – child contact')).toEqual(['A4419DX']);
    expect(found('postcode BA14 8QT, plate AB12 CDE, ref A441DX and AB4419DX')).toEqual([]);
  });

  it('finds a number a few words after a document cue, introduced by a colon or "number"', () => {
    expect(
      found(
        'Mum said the passport number was given to the school office at admission: E12345678. Her passport is Afghan, number P03318842. Carer’s allowance paid to Kyle (ref CA 3390 1172).',
      ),
    ).toEqual(['E12345678', 'P03318842', 'CA 3390 1172']);
  });

  it('leaves a phone number, a date and a short number that come a few words after the cue', () => {
    expect(
      found(
        'Passport office rang, their number: 0300 222 0000. Her passport expired, renewal dated 12/03/2024. Tenancy started, flat number 12. Visa refused. The school’s number: 01632 960123.',
      ),
    ).toEqual([]);
  });
});

describe('a person’s id in an agency’s system', () => {
  it('finds a Mosaic, LCS, service or client ID and a record number, but not a case reference', () => {
    expect(
      found(
        'Mosaic ID: 1188402 / 1188403; LCS ID 445219; service ID CGL-118274; RN J441802. Mosaic case ref 4417203985; RN Amy 2024.',
      ),
    ).toEqual(['1188402 / 1188403', '445219', 'CGL-118274', 'J441802']);
  });
});

describe('more of a person’s own numbers after their cue words', () => {
  it('finds prison, school, exam and hospital record numbers', () => {
    expect(
      found(
        'Prisoner number A1234BC; NOMS number A7731DH; pupil number 4471203; candidate number 4471; SCN 123456789; admission number 20441; casenote number K448812; PAS number 4471203; trust number RX4471203; school ID 4471203; A&E number 4471203.',
      ),
    ).toEqual([
      'A1234BC',
      'A7731DH',
      '4471203',
      '4471',
      '123456789',
      '20441',
      'K448812',
      '4471203',
      'RX4471203',
      '4471203',
      '4471203',
    ]);
  });

  it('finds Home Office, identity-document, benefit and housing references', () => {
    expect(
      found(
        'UASC ref U1234567; GWF reference GWF012345678; UCI 1234-5678; claimant number 4471209; PPS number 1234567T; ID number 88123456; CNP 2980512123456; NIN 12345678901; CNIC 35202-1234567-1; tazkira number 1400-0101-12345; residence permit number RP1234567; travel document number TD123456; EHCP ref 4471203; ESA ref 4471204; housing ref HA4471203; rent ref R4471203; DVLA number MORGA753116SM9IJ; taxi badge number 44712.',
      ),
    ).toEqual([
      'U1234567',
      'GWF012345678',
      '1234-5678',
      '4471209',
      '1234567T',
      '88123456',
      '2980512123456',
      '12345678901',
      '35202-1234567-1',
      '1400-0101-12345',
      'RP1234567',
      'TD123456',
      '4471203',
      '4471204',
      'HA4471203',
      'R4471203',
      'MORGA753116SM9IJ',
      '44712',
    ]);
  });

  it('reads a cue word after a bracketed note, and a dash or a table’s bar before the number', () => {
    expect(
      found(
        'Her hospital number (Royal Stoke) is RJE4471932. Passport | 123456789 | Romanian. Passport No – 987654321.',
      ),
    ).toEqual(['RJE4471932', '123456789', '987654321']);
  });

  it('leaves agencies’ own references, years and words that only start like a cue', () => {
    expect(
      found(
        'Crime ref 22/45871/24; incident number 4471; MARAC ref 4471203; case number 4471203; pupil premium 2024; ESA stopped 12/03/2024; the prisoner list.',
      ),
    ).toEqual([]);
  });
});

describe('ids in a clinical or case system named alone, and other cues', () => {
  it('finds RiO, EMIS, SystmOne and BadgerNet ids, learner and patient ids', () => {
    expect(
      findCuedNumbers(
        'Evie S – RiO 1182047; EMIS no 553108; SystmOne 7720 4419 0831; BadgerNet BN-4410983; Learner ID 30418876; pt ID CDS-208816; Medway 4410983.',
      ).map((f) => f.original),
    ).toEqual([
      '1182047',
      '553108',
      '7720 4419 0831',
      'BN-4410983',
      '30418876',
      'CDS-208816',
      '4410983',
    ]);
  });

  it('finds a taxi badge, an early-years Ofsted URN, a hospital number and a bank account', () => {
    expect(
      findCuedNumbers(
        'Hackney carriage badge HC-1183; Ofsted URN EY493017; Royal Hospital for Children no. T3308211; sort code 60-83-71 acc 31192844.',
      ).map((f) => f.original),
    ).toEqual(['HC-1183', 'EY493017', 'T3308211', '60-83-71', '31192844']);
  });

  it('leaves a school URN, a system named with a year, and a phone number after a verb', () => {
    expect(
      findCuedNumbers(
        'School URN 104233; moved to EMIS 2019; Forced Marriage Unit rung 020 7008 0151.',
      ).map((f) => f.original),
    ).toEqual([]);
  });
});

describe('work, licensing, council-tax, refugee and carer numbers after their cue words', () => {
  it('finds payroll, staff, DBS certificate and PVG numbers', () => {
    expect(
      findCuedNumbers(
        'Mr T (payroll 007713204, staff no. K5512); DBS 001455908713; employee ID HRX-20318; PVG scheme member 1309 4471 8820 0056.',
      ).map((f) => f.original),
    ).toEqual(['007713204', 'K5512', '001455908713', 'HRX-20318', '1309 4471 8820 0056']);
  });

  it('finds a licensing badge in its authority’s form, a CT account and an account’s last digits', () => {
    expect(
      findCuedNumbers(
        'Driver (badge LCC-PH-5521) took her; CT a/c 4100739218; council tax a/c 5512094; card ending 3390; account ending in 8812.',
      ).map((f) => f.original),
    ).toEqual(['LCC-PH-5521', '4100739218', '5512094', '3390', '8812']);
  });

  it('finds an ARC, a UNHCR case number and a foster carer’s reference', () => {
    expect(
      findCuedNumbers(
        'ARC UKB 55120934; UNHCR case LEB-17A-220913; foster carer ref FC-7710; carer no. 44120.',
      ).map((f) => f.original),
    ).toEqual(['UKB 55120934', 'LEB-17A-220913', 'FC-7710', '44120']);
  });

  it('leaves a badge with a short number, a DBS referral, a year after ARC and a date of birth after HO', () => {
    expect(
      findCuedNumbers(
        'PCSO badge 4471 at the door; referral to the DBS 2025; ARC since 2023; HO DOB 01/01/2012; HO DOB of 1/1/2009; carer said 3 times.',
      ).map((f) => f.original),
    ).toEqual([]);
  });
});

describe('a hospital number after its trust’s initials', () => {
  it('finds the number after capitals ending in T and "no." or "number"', () => {
    expect(
      findCuedNumbers('NHS 307 424 5182, RCHT no. K0448193; LTHT number 41920037.').map(
        (f) => f.original,
      ),
    ).toEqual(['K0448193', '41920037']);
  });

  it('leaves an emergency duty team’s phone, a lower-case word and a short number', () => {
    expect(
      findCuedNumbers('rang EDT no. 03001234567 twice; the visit no. 123456; RCHT no. 12.').map(
        (f) => f.original,
      ),
    ).toEqual([]);
  });
});

describe('energy meter numbers, and card numbers in brackets that no UK phone starts with', () => {
  it('finds a prepayment, gas or electricity meter account or number', () => {
    expect(found('Gas cut off (prepayment meter account 8812 3390 1174 2) last week.')).toEqual([
      '8812 3390 1174 2',
    ]);
    expect(found('electricity meter no. 21K0048813 was bypassed')).toEqual(['21K0048813']);
  });

  it('finds a bus pass in brackets starting 04 or 06, but leaves a service’s line and a reading', () => {
    expect(found('They took her bus pass (0633 1200 4471) and phone.')).toEqual(['0633 1200 4471']);
    expect(found('Bus pass office (0113 496 0555) was closed.')).toEqual([]);
    expect(found('The meter reading was 45512 and the meter is in the hall.')).toEqual([]);
  });
});

describe('service, client, wristband and badge numbers', () => {
  it('finds an armed forces service number, a client number, a wristband and a bare badge number', () => {
    expect(found('Cpl Dean Rowe, Service No. 24419073, posted')).toEqual(['24419073']);
    expect(found('client no. DRS-PR-220417 started')).toEqual(['DRS-PR-220417']);
    expect(found('Wristband GF25-0031187 issued')).toEqual(['GF25-0031187']);
    expect(found('the driver (badge 55102) said')).toEqual(['55102']);
    expect(found('a private-hire driver (badge PH 20934) rang')).toEqual(['PH 20934']);
  });

  it('leaves a service’s phone line and a short badge number', () => {
    expect(found('service number 0300 123 4567. badge 12 on the rota')).toEqual([]);
    expect(found('PCSO badge PS 4471 attended; wore a badge on 12 days')).toEqual([]);
  });
});

describe('savings, Post Office and direct payment accounts', () => {
  it('finds the account number after its kind of account', () => {
    expect(found('Direct payment account DP-0044127. Car')).toEqual(['DP-0044127']);
    expect(found('her Post Office account (5512 0933 71) for shoes')).toEqual(['5512 0933 71']);
  });

  it('leaves a payment and an account with no number', () => {
    expect(found('the direct payment account was closed in 2024; payment of 40')).toEqual([]);
  });
});

describe('whose number it is, between the cue and the number', () => {
  it('finds a passport number for a parent', () => {
    expect(found('Passport number for mother XK 5512093 kept on file')).toEqual(['XK 5512093']);
    expect(found('passport no. for the baby: 551209341')).toEqual(['551209341']);
  });

  it('leaves a cue with no number after it', () => {
    expect(found('passport number for mother not known, 12 weeks')).toEqual([]);
  });
});

describe('a date after capitals', () => {
  it('leaves a date that a role’s initials stand before in a table', () => {
    expect(found('| Hospital SW 14/03/2026 | seen |')).toEqual([]);
  });
});

describe('a number after "number," and a cue in the sentence before', () => {
  it('finds a hospital number with its letters after "hospital number,"', () => {
    expect(found('Please add her hospital number, KLRT 402 88 17, to the referral.')).toEqual([
      'KLRT 402 88 17',
    ]);
  });

  it('does not take a number in the next sentence for the cue’s, nor one after a bare comma', () => {
    expect(found('tenancy ref was [number]. Leeds housing options ref HS-22914.')).toEqual([]);
    expect(found('paid universal credit, NI JT 44 81 29 C.')).toEqual([]);
  });
});

describe('round 19 cues', () => {
  it("finds an FA number, a taxi badge with a letter, a CHI after the child's name, a number given as", () => {
    expect(found('his FA number is FAN 300 112 456; fine')).toEqual(['FAN 300 112 456']);
    expect(found('drives for Acme Cars, badge K4471.')).toEqual(['K4471']);
    expect(found('CHI for Ruby: 1203141234. Next')).toEqual(['1203141234']);
    expect(found('her passport number she gave as 07 4411 29. Then')).toEqual(['07 4411 29']);
  });

  it("leaves an officer's badge and a phone number given far from its cue", () => {
    expect(found('PCSO badge 4471 attended')).toEqual([]);
    expect(found('passport details she gave as 07700 900123 to call')).toEqual([]);
  });
});

describe('round 21: accounts, meters and QQ', () => {
  it('finds an account reference with letters, and an account number a few words on', () => {
    expect(found('the letter, account SGO-KT 003911. Phone')).toEqual(['SGO-KT 003911']);
    expect(found('the account number she read out is PX 5512 0093. Then')).toEqual([
      'PX 5512 0093',
    ]);
  });

  it('finds a tenancy reference of letter groups with three digits', () => {
    expect(found('(tenancy HCC/RT/044/PL) since')).toEqual(['HCC/RT/044/PL']);
    expect(found('tenancy for 3 years')).toEqual([]);
  });

  it('finds a meter’s supply number, a prepayment key, a QQ number and a phone’s last digits', () => {
    expect(found('MPAN 14 2200 3381 9920 111 full stop')[0]).toMatch(/^14 2200 3381/);
    expect(found('the meter (prepayment key 6610 2231 0098 1174) empty')).toEqual([
      '6610 2231 0098 1174',
    ]);
    expect(found('His QQ number is 3390 1182 77.')).toEqual(['3390 1182 77']);
    expect(found('a second phone, number ending 5529, found')).toEqual(['5529']);
    expect(findCuedNumbers('a second phone, number ending 5529, found')[0]?.type).toBe('phone');
    expect(findCuedNumbers('paid by card ending 5529, found')[0]?.type).toBe('other-number');
  });

  it('leaves an account with no number, and a gift card', () => {
    expect(found('paid into the account. 4. Fees')).toEqual([]);
    expect(found('bought steam gift cards for him')).toEqual([]);
  });

  it('finds a hospital number after the hospital that gave it, not a ward or a phone', () => {
    expect(found('Hospital number at Leeds General Infirmary K0448193. Seen by')).toEqual([
      'K0448193',
    ]);
    expect(found('his hospital no. at the Royal Free was RFH 220418, and')).toEqual(['RFH 220418']);
    expect(found('hospital number at the Royal Free: not known. Ward 24 rang')).toEqual([]);
    expect(found('hospital number at Airedale was lost; rang 01535 292000')).toEqual([]);
  });

  it("finds an identity card's number after its country or a comma, not a system's ID", () => {
    expect(found('she gave a Romanian ID AB 445102 at the door')).toEqual(['AB 445102']);
    expect(found('Tomas Vaitkus, ID LT8830215, DOB 02/02/2009')).toEqual(['LT8830215']);
    expect(found('Care Plan ID 220418; Case ID 5512; Polish ID 12')).toEqual([]);
  });

  it('finds the start of a number someone remembers, not a time, a year or a class', () => {
    expect(found('he remembers it starts K0921 and no more')).toEqual(['K0921']);
    expect(found('the voucher code starts QX7P-2LMB and £20')).toEqual(['QX7P-2LMB']);
    expect(found('school starts 08:45; the course starts 2026; it begins with Y10B')).toEqual([]);
  });
});
