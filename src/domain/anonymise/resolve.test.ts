import { describe, expect, it } from 'vitest';
import { applyFindings, joinNeighbours, resolveOverlaps, toOriginalOffsets } from './resolve';
import type { Finding } from './types';

function finding(start: number, end: number, over: Partial<Finding> = {}): Finding {
  return {
    type: 'name',
    start,
    end,
    original: '',
    replacement: '[name]',
    reason: '',
    confidence: 'high',
    ...over,
  };
}

describe('resolveOverlaps', () => {
  it('prefers the longer span, then the more confident, and sorts by start', () => {
    const chosen = resolveOverlaps([
      finding(3, 7, { confidence: 'high' }),
      finding(0, 20, { type: 'address', confidence: 'medium' }),
      finding(25, 30, { confidence: 'low' }),
      finding(25, 30, { confidence: 'high', replacement: '[child]' }),
    ]);
    expect(chosen.map((f) => [f.start, f.type, f.confidence])).toEqual([
      [0, 'address', 'medium'],
      [25, 'name', 'high'],
    ]);
  });
});

describe('joinNeighbours', () => {
  it('joins neighbouring names with the same placeholder across a space or hyphen', () => {
    const text = 'Jayden Smith-Jones and Kyle';
    const joined = joinNeighbours(text, [
      finding(0, 6, { replacement: '[child]' }),
      finding(7, 12, { replacement: '[child]', confidence: 'medium' }),
      finding(13, 18, { replacement: '[child]' }),
      finding(23, 27),
    ]);
    expect(joined.map((f) => [f.original, f.replacement, f.confidence])).toEqual([
      ['Jayden Smith-Jones', '[child]', 'medium'],
      ['', '[name]', 'high'],
    ]);
  });
});

describe('joinNeighbours for places', () => {
  it('joins the words of one place one space apart, not places a comma or a word apart', () => {
    const text = 'over Hardknott Pass, Eskdale and Leeds';
    const place = (start: number, end: number) =>
      finding(start, end, { type: 'place', replacement: '[place]', confidence: 'low' });
    const joined = joinNeighbours(text, [
      place(5, 14),
      place(15, 19),
      place(21, 28),
      place(33, 38),
    ]);
    expect(joined.map((f) => f.original)).toEqual(['Hardknott Pass', '', '']);
    expect(joined.map((f) => [f.start, f.end])).toEqual([
      [5, 19],
      [21, 28],
      [33, 38],
    ]);
  });
});

describe('applyFindings', () => {
  it('replaces each span by its placeholder', () => {
    expect(applyFindings('Kyle met Dean.', [finding(0, 4), finding(9, 13)])).toBe(
      '[name] met [name].',
    );
  });
});

describe('toOriginalOffsets', () => {
  it('moves a finding made on the redacted text back onto the original text', () => {
    const text = 'Jayden met Kyle.';
    const first = [finding(0, 6, { original: 'Jayden', replacement: '[child]' })];
    const later = [finding(12, 16, { original: 'Kyle' })];
    expect(toOriginalOffsets(text, first, later)).toEqual([finding(11, 15, { original: 'Kyle' })]);
  });

  it('drops a later finding that touches an earlier placeholder', () => {
    const first = [finding(0, 6, { original: 'Jayden', replacement: '[child]' })];
    expect(toOriginalOffsets('Jayden met Kyle.', first, [finding(5, 9)])).toEqual([]);
  });
});
