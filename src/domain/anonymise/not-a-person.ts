// Capitalised words that are plainly not a stranger's name: a professional named by a title or
// next to a role ("Dr Wilson", "Helen (HV)"), a word of an organisation's or service's name ("a
// Strengthening Families worker"), a word after "the", "in" or "at".
import { agencyWords, roleWords } from './agency-words';
import { capitalisedRun, inOrganisationName, looksLikeNameWord } from './name-words';
import type { Scan } from './name-scan';
import { foldName, tokenStartingAt, type Token } from './text';
import { overlapsAny } from './types';

export const DETERMINERS = new Set(
  'the a an this that these those our their your his her its its every each no any'.split(' '),
);
const PLACE_PREPOSITIONS = new Set(
  'in at near from outside into via inside within towards toward'.split(' '),
);
const PROFESSIONAL_TITLE =
  /\b(?:Dr|PC|DC|DS|DI|DCI|Sgt|Insp|Prof|Cllr)\.?\s+(?:\d+\s+)?(?=\p{Lu})/gu;

const ROLE_AFTER = /^\s*(\(|,\s*(?:the\s+)?|\s+from\s+(?:the\s+)?)([\p{L}&]+)(?:\s+([\p{L}&]+))?/u;
const NOT_A_ROLE_AFTER_FROM = new Set(['school', 'college', 'nursery', 'family', 'home']);

/** True when the words after a name give a professional role: "Helen (HV)", ", social worker". */
function roleFollows(text: string, token: Token): boolean {
  const after = ROLE_AFTER.exec(text.slice(token.end, token.end + 50));
  if (!after) return false;
  const words = [after[2], after[3]].filter((w): w is string => w !== undefined).map(foldName);
  if (words.some((word) => roleWords.has(word))) return true;
  const opener = after[1] ?? '';
  // "(PNC 97/221331H)", "(NHS 943 476 5919)": a cue word before a number identifies the person.
  if (
    opener === '(' &&
    /^\s*\d/.test(text.slice(token.end + after[0].length, token.end + after[0].length + 3))
  )
    return false;
  if (opener === '(') return agencyWords.has(words[0] ?? '');
  return (
    opener.includes('from') &&
    agencyWords.has(words[0] ?? '') &&
    !NOT_A_ROLE_AFTER_FROM.has(words[0] ?? '')
  );
}

function keepRun(scan: Scan, i: number, direction: 'forward' | 'back'): void {
  const run = capitalisedRun(scan.text, scan.tokens, i).filter((k) =>
    direction === 'forward' ? k >= i : k <= i,
  );
  for (const j of run) {
    const token = scan.tokens[j];
    if (token) scan.keep.push(token);
  }
}

/** Names after professional titles ("Dr Wilson", "PC 4521 Tranter") or next to a role ("Helen (HV)"). */
export function professionalMentions(scan: Scan): void {
  for (const match of scan.text.matchAll(PROFESSIONAL_TITLE)) {
    const i = tokenStartingAt(scan.tokens, match.index + match[0].length);
    if (i >= 0) keepRun(scan, i, 'forward');
  }
  scan.tokens.forEach((token, i) => {
    if (!looksLikeNameWord(token)) return;
    if (roleFollows(scan.text, token)) keepRun(scan, i, 'back');
    else if (rolePrecedes(scan.text, token)) keepRun(scan, i, 'forward');
  });
}

const ROLE_BEFORE = /(?:^|[^\p{L}])([\p{L}]+)\s*[,:]?\s+$/u;

/** True when a role word comes straight before a name: "the HV, Anne-Marie Cole", "social worker Jess". */
function rolePrecedes(text: string, token: Token): boolean {
  const before = ROLE_BEFORE.exec(text.slice(Math.max(0, token.start - 30), token.start));
  return roleWords.has(foldName(before?.[1] ?? ''));
}

/** Lower-case words that, straight after a run of capitalised words, make it a service's name. */
const SERVICE_ROLE_AFTER =
  /^[ \t]+(?:(?:support|family|liaison|outreach|key|link|case|specialist|community)[ \t]+)?(?:worker|workers|team|service|programme|project|practitioner|coordinator|co-ordinator|liaison|scheme|pathway|panel|referral|assessment|caseworker|navigator|keyworker|mentor|advocate|advocacy)\b/;

/**
 * True when the capitalised run holding token `i` is followed by a lower-case role or service
 * word: "a Strengthening Families worker", "Gypsy Roma Traveller liaison", "the Jigsaw project".
 * A possessive ("Kyle's worker") is a person's.
 */
function namesAService(scan: Scan, i: number): boolean {
  const run = capitalisedRun(scan.text, scan.tokens, i).filter((j) => j >= i);
  const last = scan.tokens[run[run.length - 1] ?? i];
  if (!last || last.possessive) return false;
  return SERVICE_ROLE_AFTER.test(scan.text.slice(last.end, last.end + 40));
}

/** True when the capitalised word is plainly not a person: after "the", "in", "at"; in an organisation's name. */
export function plainlyNotAPerson(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  const previous = scan.tokens[i - 1];
  if (!token) return true;
  const gap = previous ? scan.text.slice(previous.end, token.start) : '';
  if (previous && /^\s+$/.test(gap) && DETERMINERS.has(previous.key)) return true;
  if (previous && /^\s+$/.test(gap) && PLACE_PREPOSITIONS.has(previous.key) && !token.possessive)
    return true;
  if (previous && /^\s+$/.test(gap) && /^(?:st|saint)$/.test(previous.key)) return true;
  // An abbreviation before a number: "Bl. 4", "Yr. 7", "Pt. 2".
  if (token.raw.length <= 3 && /^\.\s*\d/.test(scan.text.slice(token.end, token.end + 4)))
    return true;
  return (
    inOrganisationName(scan.text, scan.tokens, i) ||
    namesAService(scan, i) ||
    overlapsAny(token, scan.keep)
  );
}
