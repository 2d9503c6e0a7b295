import { describe, expect, it } from 'vitest';
import { buildNameIndex, closeSpellings, editDistance } from './name-index';

describe('editDistance', () => {
  it('counts one insertion, deletion, substitution or swap of neighbours as one edit', () => {
    expect(editDistance('shannon', 'shanon')).toBe(1);
    expect(editDistance('kacper', 'kasper')).toBe(1);
    expect(editDistance('katie', 'katei')).toBe(1);
    expect(editDistance('jayden', 'jayden')).toBe(0);
  });

  it('stops early once the distance passes the limit', () => {
    expect(editDistance('jayden', 'hayley')).toBe(2);
    expect(editDistance('tom', 'thomas')).toBe(2);
  });
});

describe('buildNameIndex', () => {
  it('indexes names, hyphen halves and nicknames under folded keys', () => {
    const index = buildNameIndex({
      child: { firstName: 'Łukasz', lastName: 'Smith-Jones', preferredName: 'Luke' },
    });
    expect([...index.keys()].sort()).toEqual(['jones', 'lukasz', 'luke', 'smith']);
    const william = buildNameIndex({ child: { firstName: 'William' } });
    expect(william.get('billy')?.[0]?.kind).toBe('nickname');
  });

  it('finds close spellings only for names of five letters or more', () => {
    const index = buildNameIndex({ child: { firstName: 'Jayden', lastName: 'Lowe' } });
    expect(closeSpellings(index, 'jaydne').map((e) => e.part)).toEqual(['first name']);
    expect(closeSpellings(index, 'lowe')).toEqual([]);
  });
});

describe('placeholder first names', () => {
  it('does not take the word a record puts for a child with no name yet for a name', () => {
    const index = buildNameIndex({ child: { firstName: 'Unborn', lastName: 'Ashworth' } });
    expect([...index.keys()]).toEqual(['ashworth']);
    expect([...buildNameIndex({ child: { firstName: 'Baby Khan' } }).keys()]).toEqual(['khan']);
  });
});
