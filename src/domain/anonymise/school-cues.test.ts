import { describe, expect, it } from 'vitest';
import { findCuedSchools } from './school-cues';

function found(text: string): string[] {
  return findCuedSchools(text).map((finding) => finding.original);
}

describe('findCuedSchools', () => {
  it('finds a school typed in lower case with its kind', () => {
    expect(found('he stopped going to marsh lane high, says')).toEqual(['marsh lane high']);
    expect(found('her school (fairbank girls academy) rang')).toEqual(['fairbank girls academy']);
    expect(found('she was at holmwood primary till y4')).toEqual(['holmwood primary']);
  });

  it('leaves a kind of school with no name', () => {
    expect(found('he goes to the high school and went to big school')).toEqual([]);
    expect(found('she wants to go to college next year')).toEqual([]);
    expect(found('at secondary school and at sixth form college')).toEqual([]);
  });

  it('finds a capitalised name with its kind in lower case', () => {
    expect(found('they said Marsh Holme primary but it is shut')).toEqual(['Marsh Holme primary']);
    expect(found('Mum took him to the nursery; Leeds academy trust')).toEqual([]);
  });

  it("finds a saint's school in lower case after a cue or starting a sentence", () => {
    expect(found('ok. st cuthberts have rung. he goes to st bedes')).toEqual([
      'st cuthberts',
      'st bedes',
    ]);
    expect(found('lives at st johns road')).toEqual([]);
  });

  it('finds a school named after a cue only a school follows', () => {
    expect(found('told his teacher at holme valley in june')).toEqual(['holme valley']);
    expect(found('school (Marsh Hall) rang')).toEqual(['Marsh Hall']);
    expect(found('she was kicked out of Oak Bank Saints last year')).toEqual(['Oak Bank Saints']);
    expect(found('school is de la mare i think')).toEqual(['de la mare']);
    expect(found('Gave his school as "St Aldhelm\'s".')).toEqual(["St Aldhelm's"]);
  });

  it('leaves a sentence after the cue', () => {
    expect(found('the school is really worried; school is closed today')).toEqual([]);
    expect(found('known at school as Amy Lee; the same school as Ben')).toEqual([]);
    expect(found('he was kicked out of Leeds')).toEqual([]);
    // Names that are also words are words in lower case (found by a random-text property test).
    expect(found('school is rose may we')).toEqual([]);
    expect(found('school is hope and grace')).toEqual([]);
    expect(found('school is poor june we')).toEqual([]);
    expect(found('school is kind rich and fair')).toEqual([]);
  });
});

describe('schools in capitals and text-speak', () => {
  it('finds a school written in capitals after a word that puts a child there', () => {
    expect(found('CHILD ATTENDS MARSH VALE COMMUNITY HIGH. NO PREVIOUS.')).toEqual([
      'MARSH VALE COMMUNITY HIGH',
    ]);
    expect(found('SEEN AT KINGS COLLEGE HOSPITAL. WENT FROM THE HIGH SCHOOL')).toEqual([]);
  });

  it('finds a lower-case school after "frm" and one with a point of the compass', () => {
    expect(found('her mate 16 frm halton east academy. she said')).toEqual(['halton east academy']);
    expect(found('she went from the east academy')).toEqual([]);
  });
});

describe('round 19 cues', () => {
  it("keeps a school's kind after a lower-case cued name", () => {
    expect(found('school is moorfield college. she would like to stay')).toEqual([
      'moorfield college',
    ]);
  });

  it('finds a school after a managed move to it', () => {
    expect(found('Parents asked for a managed move to Bishop Ridley. 5. Next')).toEqual([
      'Bishop Ridley',
    ]);
    expect(found('a managed move to another school was discussed')).toEqual([]);
  });

  it("finds a children's centre's nursery named for its district", () => {
    expect(found("she attends Hillfields Children's Centre nursery")).toEqual([
      "Hillfields Children's Centre nursery",
    ]);
    expect(found("took Ella's nursery bag")).toEqual([]);
  });
});
