// A professional the note makes an allegation about is a person to hide, not a colleague acting in
// role: "the person the allegation is about: Mark Holloway, PE teacher", "TA Leanne Birtles (staff
// no. S3381)". Their role word would otherwise keep their name (see `not-a-person.ts`).
import { roleWords } from './agency-words';
import { capitalisedRun } from './name-words';
import type { Scan } from './name-scan';
import type { Token } from './text';

/** Words that make a note one about an allegation against someone in a position of trust. */
const ALLEGATION_NOTE =
  /\b(?:LADO|allegations?|accused|suspended|suspension|disciplinary|position of trust)\b/i;

/**
 * What identifies the person an allegation is about, in the words straight after their name and
 * role: their staff, payroll or membership number, a vetting number, a birth date or home address.
 */
const SUBJECT_DETAILS_AFTER =
  /\b(?:staff (?:no|number|id)|payroll|employee (?:no|number|id)|membership|PVG|DBS|DOB|date of birth|home address)\b/i;

/** Words before the name on its own line or sentence that make them the allegation's subject. */
const SUBJECT_CUE_BEFORE =
  /\b(?:allegations? (?:is |are )?(?:about|against)|concerns? (?:about|re|regarding)|accused|subject of|alleges|alleged|disclosed|says|said)\b/i;

/** Whether each scan's note speaks of an allegation at all, worked out once per scan. */
const allegationNotes = new WeakMap<Scan, boolean>();
function isAllegationNote(scan: Scan): boolean {
  let answer = allegationNotes.get(scan);
  if (answer === undefined) {
    answer = ALLEGATION_NOTE.test(scan.text);
    allegationNotes.set(scan, answer);
  }
  return answer;
}

/**
 * True when the name run `run` (token indexes) tied to a role is the person an allegation is about:
 * the note speaks of an allegation (LADO, suspended, accused…), no word of the run is a known
 * professional's, and either the words after it give the person's identifying details ("(staff no.
 * S3381)", ", payroll 004512873") or the words before it on its sentence name them as the
 * allegation's subject ("Person the allegation is about:", "Concern about practitioner").
 */
export function accusedProfessional(scan: Scan, run: readonly number[]): boolean {
  const { text, tokens } = scan;
  if (!isAllegationNote(scan)) return false;
  const words = run.map((j) => tokens[j]).filter((t): t is Token => t !== undefined);
  const [first, last] = [words[0], words[words.length - 1]];
  if (!first || !last || words.some((t) => scan.professionalKeys.has(t.key))) return false;
  const after = text.slice(last.end, last.end + 60).split('\n')[0] ?? '';
  if (SUBJECT_DETAILS_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, first.start - 80), first.start);
  const sentence = before.split(/[.!?\n]\s/).pop() ?? before;
  return SUBJECT_CUE_BEFORE.test(sentence);
}

/**
 * True when token `i` is a name after a role word the capitals join to it ("TA Leanne Birtles"),
 * which would read as an organisation's name ("TA" is also an agency's word), and that person is
 * the one an allegation is about.
 */
export function accusedAfterRoleWord(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  // Only a name's first or second word can stand straight after the role word.
  const nearRole = [tokens[i - 1], tokens[i - 2]].some((t) => roleWords.has(t?.key ?? ''));
  if (!nearRole || !isAllegationNote(scan)) return false;
  const run = capitalisedRun(scan.text, scan.tokens, i);
  const head = run[0];
  if (head === undefined || head === i || !roleWords.has(tokens[head]?.key ?? '')) return false;
  return accusedProfessional(scan, run.slice(1));
}
