// The theme facts a spreadsheet row's own words can give: whether the disagreement was resolved
// (from its outcome or status) and the types of the agencies involved (from its agencies). Read
// conservatively: the themes are the partnership's board report, so words that do not plainly say
// one thing leave the fact unknown, and an unknown fact is counted as "not known", never guessed.
import type { ResolvedHow } from '../escalation/theme-choices';
import type { Ending } from './notification-themes';

/** How a row's disagreement ended, as far as its words plainly say. */
export interface SpreadsheetEnding {
  readonly ending: Ending;
  readonly resolvedHow: ResolvedHow | null;
}

const RESOLVED: SpreadsheetEnding = { ending: 'resolved', resolvedHow: null };
const PARTLY: SpreadsheetEnding = { ending: 'resolved', resolvedHow: 'partly' };
// A spreadsheet that says "not resolved" does not say whether the disagreement is still open, was
// withdrawn or went to the partnership. `open` (not resolved, not known to have ended otherwise) is
// the reading that claims least; the register and the themes only ask whether it was resolved.
const NOT_RESOLVED: SpreadsheetEnding = { ending: 'open', resolvedHow: null };

// What may follow the words in the same clause: "Resolved at stage 1", "Not resolved by the panel".
const WHERE = String.raw`(?: (?:at|by|in|on|after|through|with|via) .+)?`;
const CLAUSES: readonly (readonly [RegExp, SpreadsheetEnding])[] = [
  [
    new RegExp(String.raw`^(?:not (?:yet )?resolved|unresolved|no resolution)${WHERE}$`),
    NOT_RESOLVED,
  ],
  [new RegExp(String.raw`^(?:partly|partially) resolved${WHERE}$`), PARTLY],
  [new RegExp(String.raw`^(?:fully )?resolved${WHERE}$`), RESOLVED],
];
/** Words that turn a clause starting "resolved" into something else ("resolved but not fully"). */
const QUALIFIED = /\b(?:not|no|never|but|partly|partially|unresolved)\b|n't\b/;

/**
 * What one cell says: an ending, nothing about it (`silent`: "Closed", "Housing shared the
 * address"), or something about resolution that is not plain (`unclear`: "Resolved?", "Resolved
 * but not fully", "Not resolved at stage 1; resolved at stage 2").
 */
function readCell(text: string): SpreadsheetEnding | 'silent' | 'unclear' {
  const clauses = text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .split(/[.;:,()\n–—]| - /)
    .map((clause) => clause.trim())
    .filter(Boolean);
  const found = new Set<SpreadsheetEnding>();
  for (const clause of clauses) {
    const reading = CLAUSES.find(([words]) => words.test(clause))?.[1];
    if (reading && !(reading === RESOLVED && QUALIFIED.test(clause))) found.add(reading);
    else if (/resol/.test(clause)) return 'unclear';
  }
  const [only, ...others] = [...found];
  if (!only) return 'silent';
  return others.length === 0 ? only : 'unclear';
}

/**
 * How a row's disagreement ended, from its outcome and status cells when they plainly say it was
 * resolved, partly resolved, or not resolved; null (not known) when neither says, either is
 * unclear, or they disagree.
 */
export function endingOfSpreadsheetRow(outcome: string, status: string): SpreadsheetEnding | null {
  const readings = [readCell(outcome), readCell(status)];
  if (readings.includes('unclear')) return null;
  const said = [
    ...new Set(
      readings.filter((reading): reading is SpreadsheetEnding => typeof reading !== 'string'),
    ),
  ];
  return said.length === 1 ? (said[0] ?? null) : null;
}
