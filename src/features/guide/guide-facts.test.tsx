import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { builtInPacks } from '../../domain/policy/built-in-packs';
import { describePartialDate } from '../../domain/policy/partial-date';
import { describeTimescale } from '../../domain/policy/timescale';
import { dropDatabase, openFreshDatabase, renderGuide } from './guide-test-utils';

beforeEach(openFreshDatabase);
afterEach(dropDatabase);

/** Fields that hold codes for the app rather than words for the reader. */
const CODES = new Set([
  'format',
  'id',
  'kind',
  'situation',
  'topic',
  'appliesTo',
  'agencyType',
  'purpose',
  'binding',
  'origin',
  'layout',
  'event',
  'atStageId',
  'nextStageId',
  'stageId',
  'directoryIds',
  'audience',
  'exampleAppliesTo',
]);
const DATES = new Set(['published', 'reviewed']);

/** Every piece of text in the pack a reader should find, as it should appear on screen. */
function facts(value: unknown, key = ''): string[] {
  if (CODES.has(key)) return [];
  if (typeof value === 'string') return [DATES.has(key) ? describePartialDate(value) : value];
  if (Array.isArray(value)) return value.flatMap((item) => facts(item, key));
  if (value === null || typeof value !== 'object') return [];
  if (key === 'timescale' && 'kind' in value)
    return [describeTimescale(value as Parameters<typeof describeTimescale>[0])];
  return Object.entries(value).flatMap(([field, inner]) => facts(inner, field));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

describe('every fact of every built-in policy is in its guide', () => {
  for (const pack of builtInPacks) {
    it(`shows every fact of ${pack.id}`, async () => {
      renderGuide(`/guides/${pack.id}`);
      await screen.findByRole('heading', { level: 1, name: pack.title });
      // The folded policy sections and the print copy follow the first screenful.
      await screen.findByRole('heading', { level: 2, name: 'More from this policy' });
      const page = squash(document.body.textContent ?? '');
      const missing = facts(pack).filter((fact) => !page.includes(squash(fact)));
      expect(missing).toEqual([]);
    });
  }
});
