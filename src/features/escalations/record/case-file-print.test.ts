// The case file as the browser prints it (Print, A4). jsdom lays nothing out, so this reads the
// app's CSS rules and cascades them for the print view's tables, on paper and on screen: on paper
// words break only between words and each column is as wide as its kind needs; on a phone's screen
// too, where the table scrolls sideways in its region rather than widening the page.
import { describe, expect, it } from 'vitest';
import { buildCaseFile } from '../../../domain/escalation/case-file';
import { builtInPacks } from '../../../domain/policy/built-in-packs';
import { sampleCaseFileInput } from '../../../../test/fixtures/notifications/sample-case-file';
import {
  appCssFiles,
  rulesOf,
  type CssRule as Rule,
} from '../../../../test/fixtures/css/css-rules';

/** An element and its ancestors, nearest last: tag names and classes are all a selector here reads. */
type Path = { tag: string; classes: string[] }[];

function matchesCompound(compound: string, element: Path[number]): boolean {
  const parsed = /^([a-z]+|\*)?((?:\.[\w-]+)*)$/.exec(compound);
  if (!parsed) return false; // pseudo-classes, attributes, child combinators: not these elements
  if (parsed[1] && parsed[1] !== '*' && parsed[1] !== element.tag) return false;
  const classes = parsed[2]?.match(/[\w-]+/g) ?? [];
  return classes.every((name) => element.classes.includes(name));
}

/** The specificity of a descendant selector matching the last element of `path`, or null. */
function match(selector: string, path: Path): number | null {
  const compounds = selector.split(/\s+/);
  const last = compounds.at(-1);
  const element = path.at(-1);
  if (!last || !element || !matchesCompound(last, element)) return null;
  let at = path.length - 2;
  for (const compound of compounds.slice(0, -1).reverse()) {
    while (at >= 0 && !matchesCompound(compound, path[at] as Path[number])) at--;
    if (at < 0) return null;
    at--;
  }
  const classes = selector.match(/\.[\w-]+/g)?.length ?? 0;
  const tags = compounds.filter((compound) => /^[a-z]/.test(compound)).length;
  return classes * 10 + tags;
}

type Medium = 'print' | 'phone screen';

/** Whether a rule's @media query applies when printing, or on a 360 px phone's screen. */
function applies(media: string, medium: Medium): boolean {
  if (media === '') return true;
  if (medium === 'print') return /\bprint\b/.test(media);
  if (/\bprint\b|prefers-/.test(media)) return false;
  const max = /max-width:\s*([\d.]+)rem/.exec(media);
  return max ? Number(max[1]) * 16 >= 360 : false;
}

function cascade(rules: Rule[], path: Path, medium: Medium): Map<string, string> {
  const style = new Map<string, string>();
  rules
    .filter((rule) => applies(rule.media, medium))
    .map((rule) => ({ rule, specificity: match(rule.selector, path) }))
    .filter((m): m is { rule: Rule; specificity: number } => m.specificity !== null)
    .sort((a, b) => a.specificity - b.specificity || a.rule.order - b.rule.order)
    .forEach(({ rule }) =>
      rule.declarations.forEach((value, property) => style.set(property, value)),
    );
  return style;
}

// The app's own styles first, as the app imports them, then each feature's. Features load with
// their pages, in the order the user visits them, so each check is made with both orders.
const [app = '', ...features] = appCssFiles();
const orders = [features, [...features].reverse()].map((files) => rulesOf([app, ...files]));

/** The style of `path` on `medium`, the same whichever page's styles loaded first. */
function styleOf(path: Path, medium: Medium): Map<string, string> {
  const [first, second] = orders.map((rules) => cascade(rules, path, medium));
  expect(second).toEqual(first);
  return first ?? new Map<string, string>();
}

// The case-file page's print view, as case-file-page.tsx draws it.
const article: Path = [
  { tag: 'html', classes: [] },
  { tag: 'body', classes: [] },
  { tag: 'main', classes: ['page'] },
  { tag: 'div', classes: ['case-file-page'] },
  { tag: 'article', classes: ['case-file'] },
  { tag: 'section', classes: ['case-file__section'] },
];
const table: Path = [
  ...article,
  { tag: 'div', classes: ['scroll-region'] },
  { tag: 'table', classes: ['table', 'case-file__table'] },
];
const cell: Path = [
  ...table,
  { tag: 'tbody', classes: [] },
  { tag: 'tr', classes: [] },
  { tag: 'td', classes: ['record-text'] },
];
const heading: Path = [
  ...table,
  { tag: 'thead', classes: [] },
  { tag: 'tr', classes: [] },
  { tag: 'th', classes: [] },
];
const column = (kind: string): Path => [
  ...table,
  { tag: 'colgroup', classes: [] },
  { tag: 'col', classes: [`case-file__column--${kind}`] },
];

const pack = builtInPacks[0];
if (!pack) throw new Error('no built-in pack');
const tables = buildCaseFile(sampleCaseFileInput(pack)).sections.flatMap((section) =>
  section.table ? [{ heading: section.heading, ...section.table }] : [],
);

/** A4 less the 15 mm margins, in ems of the printed case file's 10 pt text. */
const A4_TEXT_WIDTH_EM = (((210 - 2 * 15) / 25.4) * 72) / 10;

describe('the printed case file', () => {
  it('breaks a table’s words only between words, and a web address only as a last resort', () => {
    for (const path of [cell, heading]) {
      const style = styleOf(path, 'print');
      expect(style.get('overflow-wrap')).toBe('break-word');
      expect(style.get('word-break') ?? 'normal').toBe('normal');
    }
  });

  it('keeps words whole on a phone’s screen too, the table scrolling in its region instead', () => {
    // Breaking anywhere kept the page from widening but split 131 words on a 360 px screen
    // ("Practit / ioner"). The table keeps a readable width and scrolls sideways in its region;
    // on paper it fits the page.
    expect(styleOf(cell, 'phone screen').get('overflow-wrap')).toBe('break-word');
    expect(styleOf(table, 'phone screen').get('table-layout')).toBe('fixed');
    expect(styleOf(table, 'phone screen').get('min-width')).toBe('46rem');
    expect(styleOf(table, 'print').get('min-width')).toBe('0');
  });

  it('sizes each column by its kind, leaving the free text a fair share of the A4 width', () => {
    expect(styleOf(table, 'print').get('table-layout')).toBe('fixed');
    for (const { heading: name, columns, kinds } of tables) {
      expect(kinds, name).toHaveLength(columns.length);
      const widths = kinds
        .filter((kind) => kind !== 'text')
        .map((kind) => styleOf(column(kind), 'print').get('width') ?? `no width (${kind})`);
      for (const width of widths) expect(width, name).toMatch(/^\d+(\.\d+)?em$/);
      const fixed = widths.reduce((sum, width) => sum + parseFloat(width), 0);
      // The summary, the reason, the detail: at least a third of the page stays for the text.
      expect(A4_TEXT_WIDTH_EM - fixed, name).toBeGreaterThan(A4_TEXT_WIDTH_EM / 3);
      expect(
        kinds.filter((kind) => kind === 'text'),
        name,
      ).toHaveLength(1);
    }
  });
});
