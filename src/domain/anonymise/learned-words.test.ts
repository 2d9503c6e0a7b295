import { describe, expect, it } from 'vitest';
import { keepSpans } from './keep-terms';
import { learnedWeights } from './learned-weights';
import {
  findLearnedWords,
  gapShape,
  noteView,
  readModel,
  scoreToken,
  tokenFeatures,
  wordShape,
  type LearnedModel,
} from './learned-words';
import { buildNameIndex } from './name-index';
import { professionalSpans } from './professionals';
import { tokenise } from './text';
import type { Span } from './types';

/** A hand-made model: capitalised words not at a sentence start, and words after "Home:". */
const model: LearnedModel = {
  vocabulary: new Set(['the', 'from', 'said', 'to']),
  weights: new Map([
    ['s=C', 3],
    ['si', -4],
    ['label', 6],
    ['l=english', -3],
    ['l=agency', -5],
  ]),
  bias: -1,
  threshold: 0.5,
};

function features(text: string, word: string, findings: Span[] = []): string[] {
  const tokens = tokenise(text);
  const i = tokens.findIndex((token) => token.raw === word);
  return tokenFeatures(noteView(text, tokens, findings), i, model.vocabulary);
}

function proposed(text: string, findings: Span[] = [], blocked: Span[] = []): [string, string][] {
  return findLearnedWords(text, tokenise(text), findings, blocked, model).map((f) => [
    f.original,
    f.type,
  ]);
}

describe('learned-word features', () => {
  it('describe a word by its shape, lists and neighbours, not by the word itself', () => {
    const f = features('lads from the Zorvale youth club', 'Zorvale');
    expect(f).toContain('s=C');
    expect(f).toContain('p1=the');
    expect(f).toContain('p2=from');
    expect(f).toContain('n1=#l');
    expect(f).toContain('l=none');
    expect(f.some((name) => name.includes('zorvale'))).toBe(false);
  });

  it('name a word of the closed vocabulary by itself', () => {
    expect(features('she said the bus was late', 'the')).toContain('w=the');
  });

  it('mark a word after a label, at a line start, or at a sentence start', () => {
    expect(features('Placement\nHome: Greenacres, since May', 'Greenacres')).toContain('label');
    const opening = features('Tomek drew a picture.', 'Tomek');
    expect(opening).toContain('si');
    expect(opening).toContain('li');
  });

  it('know when the word is written capitalised elsewhere or inside a finding', () => {
    const text = 'ruby said no. Later Ruby came back.';
    expect(features(text, 'ruby')).toContain('cap-elsewhere');
    expect(features(text, 'ruby', [{ start: 20, end: 24 }])).toContain('found-elsewhere');
  });

  it('mark a neighbour covered by a finding and a possessive ending', () => {
    const text = "Jo Platt's mum";
    const view = noteView(text, tokenise(text), [{ start: 0, end: 2, type: 'name' }]);
    const f = tokenFeatures(view, 1, model.vocabulary);
    expect(f).toContain('p1=#Fname');
    expect(f).toContain('poss');
  });

  it('shape words and gaps', () => {
    expect(['Kendal', 'NHS', 'ruby', 'McDonald'].map(wordShape)).toEqual(['C', 'A', 'l', 'C']);
    expect(gapShape(' 23/09 ')).toBe('0/0');
    expect(gapShape('\n  ')).toBe('N');
    expect(gapShape(' ')).toBe('_');
  });
});

describe('findLearnedWords', () => {
  it('proposes a word the model scores high, joining adjacent words, typed by its frame', () => {
    expect(proposed('We met Tomek Nowak at school.')).toEqual([['Tomek Nowak', 'name']]);
    expect(proposed('She moved to Zorvale last year.')).toEqual([['Zorvale', 'place']]);
    expect(proposed('Placement\nHome: Zorvale, since May')).toEqual([['Zorvale', 'name']]);
  });

  it('proposes a lower-case word only in a note written mostly in lower case', () => {
    const lowered: LearnedModel = { ...model, weights: new Map([['s=l', 5]]) };
    const find = (text: string) =>
      findLearnedWords(text, tokenise(text), [], [], lowered).map((f) => f.original);
    expect(find('We met jade. She was calm. It went well.')).toEqual([]);
    expect(find('met jade. she was calm. went ok.')).toEqual(['jade']);
    // Nor a word of the closed vocabulary, a common word, a dictionary word or one of two letters.
    expect(find('the zorb. said ok. the end.')).toEqual(['zorb']);
  });

  it('never proposes a country, a month, a weekday or a letter alone', () => {
    expect(proposed('She flew to Jamaica in August on a Monday.')).toEqual([]);
    expect(proposed('A bruise behind R ear.')).toEqual([]);
  });

  it('proposes nothing a finding already covers', () => {
    expect(proposed('We met Tomek Nowak at school.', [{ start: 7, end: 18 }])).toEqual([]);
  });

  it('never proposes a kept agency or a known professional', () => {
    const text = 'Spoke with Sarah Okonjo and Wiltshire Police about Tomek.';
    const tokens = tokenise(text);
    const context = { knownProfessionals: [{ name: 'Sarah Okonjo' }] };
    const blocked = [
      ...keepSpans(text, tokens, context),
      ...professionalSpans(text, tokens, context, buildNameIndex({ child: { firstName: 'X' } })),
    ];
    const found = findLearnedWords(text, tokens, [], blocked, model).map((f) => f.original);
    expect(found).toEqual(['Tomek']);
  });

  it('proposes at low confidence with a reason a reviewer understands', () => {
    const [finding] = findLearnedWords('We met Tomek.', tokenise('We met Tomek.'), [], [], model);
    expect(finding?.confidence).toBe('low');
    expect(finding?.reason).toMatch(/name or a place/);
    expect(finding?.replacement).toBe('[name]');
  });

  it('never throws on odd input and is deterministic', () => {
    for (const text of ['', ' ', '\n\n:', "''", 'Ł'.repeat(500), '😀 Ab-Cd’s: \u0000 Ef']) {
      expect(() => proposed(text)).not.toThrow();
      expect(proposed(text)).toEqual(proposed(text));
    }
    const broken = { ...model, weights: null } as unknown as LearnedModel;
    expect(findLearnedWords('We met Tomek.', tokenise('We met Tomek.'), [], [], broken)).toEqual(
      [],
    );
  });

  it('scores between 0 and 1', () => {
    const text = 'We met Tomek.';
    const p = scoreToken(noteView(text, tokenise(text), []), 2, model);
    expect(p).toBeGreaterThan(0.5);
    expect(p).toBeLessThan(1);
  });
});

describe('learned-weights.ts', () => {
  it('states the corpus and the settings it was trained with', () => {
    expect(learnedWeights.trainedOn.notes).toBeGreaterThan(1000);
    expect(learnedWeights.trainedOn.examples).toBeGreaterThan(learnedWeights.trainedOn.notes);
    expect(learnedWeights.trainedOn.sets).toContain('dev11');
    expect(learnedWeights.trainedOn.sets.some((set) => /blind|dev12/.test(set))).toBe(false);
    expect(learnedWeights.settings).toHaveProperty('seed');
    expect(learnedWeights.settings).toHaveProperty('l2');
    expect(readModel(learnedWeights).weights.size).toBeGreaterThan(0);
  });
});

describe('findLearnedWords on long input', () => {
  it('stays fast on a 100,000-character line full of labels and capitals', () => {
    const text = 'Home: Abc Def: '.repeat(7000).slice(0, 100_000);
    const started = performance.now();
    findLearnedWords(text, tokenise(text), [], [], model);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
