import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { rememberedCount, rememberingDuring } from './call-memory';

const NOTE =
  'Mum Kerry-Ann Oduya said her partner Dwayne Pascoe took Tiegan to Sunnybank Rovers. ' +
  'Tiegan told her teacher that Dwayne shouts.';
const CLIENT = { child: { firstName: 'Tiegan' } };

describe('what the anonymiser remembers of a record', () => {
  it('forgets every word of the note when the call returns, so none stays in memory after a lock', () => {
    const { findings } = anonymise(NOTE, CLIENT);
    expect(findings.map((finding) => finding.original)).toContain('Dwayne Pascoe');
    expect(rememberedCount()).toBe(0);
  });

  it('remembers answers across the passes of one call', () => {
    rememberingDuring(() => {
      anonymise(NOTE, CLIENT);
      expect(rememberedCount()).toBeGreaterThan(0);
    });
    expect(rememberedCount()).toBe(0);
  });

  it('forgets them when the work throws', () => {
    expect(() =>
      rememberingDuring(() => {
        anonymise(NOTE, CLIENT);
        throw new Error('stopped');
      }),
    ).toThrow('stopped');
    expect(rememberedCount()).toBe(0);
  });
});
