import { describe, expect, it } from 'vitest';
import { buildNameIndex } from './name-index';
import {
  professionalKeys,
  professionalNameWords,
  professionalSpans,
  professionalSurnames,
} from './professionals';
import { tokenise } from './text';

const context = { knownProfessionals: [{ name: 'DC Priya Nair' }, { name: 'Mrs Sarah Okonjo' }] };

describe('professional names', () => {
  it('drops titles from a professional’s name', () => {
    expect(professionalNameWords('DC Priya Nair')).toEqual(['Priya', 'Nair']);
    expect(professionalSurnames(context)).toEqual(['nair', 'okonjo']);
    expect([...professionalKeys(context)]).toEqual(['priya', 'nair', 'sarah', 'okonjo']);
  });

  it('protects full names in any case, and single words that are not also client names', () => {
    const text = 'SARAH OKONJO rang; Sarah (mum) and Nair agreed.';
    const clientNames = buildNameIndex({
      child: { firstName: 'Jay' },
      familyMembers: [{ firstName: 'Sarah', relationship: 'mother' }],
    });
    const spans = professionalSpans(text, tokenise(text), context, clientNames);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'SARAH OKONJO',
      'OKONJO',
      'Nair',
    ]);
  });
});
