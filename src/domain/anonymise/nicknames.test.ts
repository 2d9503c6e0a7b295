import { describe, expect, it } from 'vitest';
import { nicknameVariants } from './nicknames';

describe('nicknameVariants', () => {
  it('gives the familiar forms of a formal name', () => {
    expect(nicknameVariants('William')).toEqual(
      expect.arrayContaining(['will', 'bill', 'billy', 'liam']),
    );
    expect(nicknameVariants('Elizabeth')).toEqual(
      expect.arrayContaining(['liz', 'beth', 'lizzie', 'betty']),
    );
    expect(nicknameVariants('Margaret')).toEqual(
      expect.arrayContaining(['maggie', 'meg', 'peggy']),
    );
  });

  it('works from a nickname back to the formal name and its other forms', () => {
    expect(nicknameVariants('Bobby')).toEqual(expect.arrayContaining(['robert', 'rob', 'bob']));
    expect(nicknameVariants('KATIE')).toEqual(
      expect.arrayContaining(['katherine', 'kate', 'kathy']),
    );
  });

  it('never includes the name itself and is empty for names not in the table', () => {
    expect(nicknameVariants('Thomas')).not.toContain('thomas');
    expect(nicknameVariants('Jayden')).toEqual([]);
  });
});
