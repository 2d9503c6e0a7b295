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

  it('finds an older prefix plate written out with both spaces, without a cue', () => {
    expect(found('more recently T 891 KLM. 2nd in convoy X 445 BNP driven by Josh.')).toEqual([
      'T 891 KLM',
      'X 445 BNP',
    ]);
  });

  it('finds a current plate spelt out letter by letter, as a voice note gives it', () => {
    expect(found('that red Seat Leon L C 70 Y U P the lad that drives')).toEqual(['L C 70 Y U P']);
    expect(found('reg is LC 70 Y U P')).toEqual(['LC 70 Y U P']);
    expect(found('Plan A B 12 C D E F and Year 9 A B 40 weeks')).toEqual([]);
  });

  it('finds any plate after a car’s colour, make or model, bare or in brackets', () => {
    expect(
      found(
        'a black Corsa (V842 NDF); a dark green Land Rover (L617 PXB); Vauxhall Astra M531 UKJ',
      ),
    ).toEqual(['V842 NDF', 'L617 PXB', 'M531 UKJ']);
  });

  it('finds a Northern Irish plate after a cue, not a model number after a colour', () => {
    expect(found('Dad has a vehicle registered KIG 7714 and drives his van (PXZ 4127).')).toEqual([
      'KIG 7714',
      'PXZ 4127',
    ]);
    expect(found('a black BMW 320 and a white Ford KA 2 times')).toEqual([]);
  });

  it('finds a Northern Irish plate after a make or model, never an acronym after one', () => {
    expect(found('and drives a red Focus LFZ 7183. GP Dr Mulholland')).toEqual(['LFZ 7183']);
    expect(found('left in a grey Skoda Octavia AXZ 2906 before police arrival')).toEqual([
      'AXZ 2906',
    ]);
    expect(found('the Transit CSC 2 in the back, a black Corsa SEN 2 plan')).toEqual([]);
    expect(found('she is in Year 7, red ABC 123 on the form')).toEqual([]);
  });

  it('leaves spaced capitals that are no plate: "A 10 DAY", "I 2 GPS", "Year 5 SEN"', () => {
    expect(found('A 10 DAY wait; I 2 GPS; Q 3 ABC; in Year 5 SEN unit')).toEqual([]);
  });
});

describe('vehicle registrations written loosely', () => {
  it('finds a current-format plate all in lower case, with no cue', () => {
    expect(found('anpr later showed yy21oyt; mum saw bx16 ojn outside')).toEqual([
      'yy21oyt',
      'bx16 ojn',
    ]);
  });

  it('finds older plates spaced out, after "drives", "veh" or before a colour or make', () => {
    expect(
      found('Drives R452 HFT and T 891 KLM; veh ln68 wrx; found in P123 ABC blue corsa.'),
    ).toEqual(['R452 HFT', 'T 891 KLM', 'ln68 wrx', 'P123 ABC']);
  });

  it('finds every plate listed after a cued one', () => {
    expect(
      found(
        'Vehicles linked: bx16 ojn, ABC 123D (old Ford Escort) and NU70 RTY. Then S47 CSC; driving a 3 ton van.',
      ),
    ).toEqual(['bx16 ojn', 'ABC 123D', 'NU70 RTY']);
  });

  it('finds a spaced older plate after "veh in convoy" or "and more recently" in a cued list', () => {
    expect(found('2nd veh in convoy X 445 BNP driven by his mate')).toEqual(['X 445 BNP']);
    expect(found('His car was R452 HFT and more recently T 891 KLM.')).toEqual([
      'R452 HFT',
      'T 891 KLM',
    ]);
    expect(found('car seat in convoy for the S47 CSC meeting; veh seen at S47 CSC')).toEqual([]);
  });
});

describe('Irish and private plates', () => {
  it('finds a Republic of Ireland plate with its hyphens anywhere, and spaced after a cue', () => {
    expect(found('also uses 18-D-40321 and 191-KY-123; Irish reg 12 D 3456')).toEqual([
      '18-D-40321',
      '191-KY-123',
      '12 D 3456',
    ]);
  });

  it('finds a private plate in any grouping after its cue, quoted or not', () => {
    expect(
      found('drives a private plate "KAY 1"; cherished plate MR 1; personalised reg 5 AMS'),
    ).toEqual(['KAY 1', 'MR 1', '5 AMS']);
  });

  it('leaves a section, a time and a plate with no letters', () => {
    expect(found('s.47 at 18-20; private plate number not known; taxi plate 1234')).toEqual([]);
  });
});

describe('plates set off by commas, dashes and quotes', () => {
  it('finds a plate after a make or cue and a comma or dash, and one before a dash and a make', () => {
    expect(
      found(
        'a red BMW, T4 NKY. An old Land Rover, HNV 512T, seen. On the plate – J455 AAA. 2. W921 KFB – Vauxhall Corsa. 3. KGZ 4481 – NI plated Golf. 4. "B16 KWM" private plate.',
      ),
    ).toEqual(['T4 NKY', 'HNV 512T', 'J455 AAA', 'W921 KFB', 'KGZ 4481', 'B16 KWM']);
  });

  it('finds a current plate written with both spaces', () => {
    expect(found('with the reg YA 66 RZR; seen in LV 68 XYZ')).toEqual(['YA 66 RZR', 'LV 68 XYZ']);
  });

  it('leaves a section and a list number before a dash', () => {
    expect(found('S47 – outcome. 2. CP 12 – review. Year 10 – Maths.')).toEqual([]);
  });
});

describe('a lower-case plate with both spaces and no cue', () => {
  it('is found with a real age identifier and letters that are no word', () => {
    expect(found('5. lr 20 fxy – hire van. seen in yk 68 bnz last night.')).toEqual([
      'lr 20 fxy',
      'yk 68 bnz',
    ]);
  });

  it('leaves words, titles, units and impossible ages around a number', () => {
    expect(
      found('by 20 min he was gone. mr 12 pts. st 21 and more. dr 25 the. lr 40 fxy.'),
    ).toEqual([]);
  });
});

describe('plates from abroad, partial plates and plates read out in words', () => {
  it('finds a plate after its country’s word and "plates" or "registration"', () => {
    expect(found('a grey Passat with Lithuanian plates KHM 228, and')).toEqual(['KHM 228']);
    expect(found('Romanian registration B 123 XYZ seen twice')).toEqual(['B 123 XYZ']);
  });

  it('finds an Irish plate followed by "(Irish plates)"', () => {
    expect(found('a silver Octavia, 12 KY 3318 (Irish plates), parked')).toEqual(['12 KY 3318']);
  });

  it('finds the first characters of a plate a witness saw', () => {
    expect(found('partial reg LB70, dark colour')).toEqual(['LB70']);
    expect(found('drives a black Golf, part reg KM19. Then')).toEqual(['KM19']);
    expect(found('part reg was paid by mum')).toEqual([]);
    expect(found('number plate started with "YX16". He')).toEqual(['YX16']);
    expect(found('a white van comma partial registration K D 19 something')).toEqual(['K D 19']);
    expect(found('partial reg a b 19 maybe')).toEqual([]);
    expect(found('grey Transit, reg part KT21. Then')).toEqual(['KT21']);
    expect(found('the reg part of the form was blank')).toEqual([]);
    expect(found('a red Corsa, reg partly WN68. Later')).toEqual(['WN68']);
    expect(found('a blue van, partial reg "KD6". Then')).toEqual(['KD6']);
    expect(found('the reg partly obscured by mud')).toEqual([]);
  });

  it('finds a plate read out with its age in words', () => {
    expect(found('registration M L sixty eight K P Z she said')).toEqual(['M L sixty eight K P Z']);
  });

  it('leaves a regulator’s registration, a plate the partial cue does not give and lower case', () => {
    expect(found('Ofsted reg EY551204 renewed. Reg started at nine. plate started ab12')).toEqual(
      [],
    );
  });
});
