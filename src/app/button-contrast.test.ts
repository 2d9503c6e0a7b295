// Links styled as buttons keep WCAG 2.2 AA contrast (4.5:1) in every state: visited, hover,
// focus, active and their mixes. No browser tool can read :visited styles, so this reads the CSS
// rules themselves, cascades them for each button-styled link the app renders, and measures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  appCssFiles,
  filesUnder,
  rulesOf,
  SRC,
  type CssRule,
} from '../../test/fixtures/css/css-rules';

/** A rule on screen: what is inside @media print never colours a link on screen. */
type Rule = CssRule;

type State = 'visited' | 'hover' | 'focus' | 'focus-visible' | 'active';

/** The specificity of a single compound selector matching `<a class=…>` in `states`, or null. */
function match(selector: string, classes: string[], states: State[]): number | null {
  const parsed = /^(a|\*)?((?:\.[\w-]+|:[\w-]+)*)$/.exec(selector);
  if (!parsed) return null;
  const parts = parsed[2]?.match(/[.:][\w-]+/g) ?? [];
  for (const part of parts) {
    const name = part.slice(1);
    if (part.startsWith('.') && !classes.includes(name)) return null;
    if (part.startsWith(':')) {
      const visited = states.includes('visited');
      if (name === 'link' ? visited : !states.includes(name as State)) return null;
    }
  }
  return parts.length * 10 + (parsed[1] === 'a' ? 1 : 0);
}

function cascade(rules: Rule[], classes: string[], states: State[]): Map<string, string> {
  const matched = rules
    .map((rule) => ({ rule, specificity: match(rule.selector, classes, states) }))
    .filter((m): m is { rule: Rule; specificity: number } => m.specificity !== null)
    .sort((a, b) => a.specificity - b.specificity || a.rule.order - b.rule.order);
  const style = new Map<string, string>();
  for (const { rule } of matched) {
    for (const [property, value] of rule.declarations) {
      if (property === 'background') {
        const colour =
          /(var\([^)]+\)|#[0-9a-f]{3,8}\b|rgb\([^)]+\)|\bwhite\b|\btransparent\b)/i.exec(value);
        if (colour?.[1]) style.set('background-color', colour[1]);
      } else style.set(property, value);
    }
  }
  return style;
}

function resolve(value: string, variables: Map<string, string>): string {
  const v = /^var\((--[\w-]+)\)$/.exec(value.trim());
  return v?.[1] ? resolve(variables.get(v[1]) ?? '', variables) : value.trim();
}

function rgb(colour: string): [number, number, number] {
  if (colour === 'white') return [255, 255, 255];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((k) => parseInt(full.slice(k, k + 2), 16)) as [number, number, number];
  }
  const numbers = /^rgb\((\d+)[ ,]+(\d+)[ ,]+(\d+)\)$/.exec(colour);
  if (numbers) return [Number(numbers[1]), Number(numbers[2]), Number(numbers[3])];
  throw new Error(`Cannot read the colour "${colour}"`);
}

function luminance([r, g, b]: [number, number, number]): number {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const rules = rulesOf(appCssFiles()).filter((rule) => !/\bprint\b/.test(rule.media));
const variables = new Map<string, string>();
for (const rule of rules)
  if (rule.selector === ':root')
    for (const [property, value] of rule.declarations)
      if (property.startsWith('--')) variables.set(property, value);

/** Every class list the app puts on a link (<a> or <Link>) styled as a button. */
const buttonLinks = [
  ...new Set(
    filesUnder(SRC, '.tsx').flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /<(?:a|Link)\b[^>]*?className="([^"]*\bbutton\b[^"]*)"/g,
        ),
      ].map((m) => m[1] ?? ''),
    ),
  ),
].map((list) => list.split(/\s+/));

const STATES: State[][] = [
  [],
  ['visited'],
  ['hover'],
  ['focus', 'focus-visible'],
  ['active', 'hover'],
  ['visited', 'hover'],
  ['visited', 'focus', 'focus-visible'],
  ['visited', 'active', 'hover'],
];

describe('button-styled links', () => {
  it('are found in the app (the check below has something to check)', () => {
    expect(buttonLinks.length).toBeGreaterThanOrEqual(2);
  });

  for (const classes of buttonLinks) {
    it(`<a class="${classes.join(' ')}"> has 4.5:1 text contrast in every state`, () => {
      const failures: string[] = [];
      for (const states of STATES) {
        const style = cascade(rules, classes, states);
        const colour = resolve(style.get('color') ?? '', variables);
        const background = resolve(style.get('background-color') ?? 'var(--paper)', variables);
        const ratio = contrast(colour, background === 'transparent' ? '#ffffff' : background);
        if (ratio < 4.5)
          failures.push(
            `${states.join('+') || 'normal'}: ${colour} on ${background} is ${ratio.toFixed(2)}:1`,
          );
      }
      expect(failures).toEqual([]);
    });
  }

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#5a2a82', '#1d3b53')).toBeLessThan(1.5);
  });
});
