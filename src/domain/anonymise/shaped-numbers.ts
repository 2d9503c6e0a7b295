// Numbers that belong to one person and that their shape or a travel or bank cue gives away: a
// sort code with its account number ("07-10-36 51448820", "30-97-15 / 58213044"); a booking
// reference or PNR ("booking reference X4T9LM", "PNR 7HJRQA", "reference QZ84KT") and a booking or
// ticket number ("booking TUI 884 3120", "Ticket number FLX 3382 0917 4"); every number in a
// sentence that lists a person's passports or hospital numbers ("passports, Turkish U 28814730 and
// British 553 812 904", "Hospital numbers held: Northwick Park NPH 889 2017, GOSH GOS-20417733");
// and a number read out digit by digit ("5 6 1 2 0 4 8 7 3", "M as in mike 0 4 4 1 9 2 8").
// A flight number is no one's: every passenger on it has the same one, so "flight TOM 2417" stays.
import { readsAsUkPhone } from './phone-digits';
import { findDeviceNumbers } from './device-numbers';
import { EDGE_AFTER, EDGE_BEFORE } from './text';
import { sureFindings, type Finding } from './types';

/**
 * A sort code and then an account number, with nothing or a slash, comma or "acc" between. A sort
 * code in pairs with spaces ("40 11 62 / 83927104") needs the slash, comma or "acc", as a phone
 * number's tail and another number may stand a space apart.
 */
const BANK_DETAILS = new RegExp(
  String.raw`${EDGE_BEFORE}(?:\d{2}-\d{2}-\d{2}(?:\s*[/,]\s*|\s+)|\d{2} \d{2} \d{2}(?:\s*[/,]\s*|\s+(?=a)))(?:(?:acc(?:ount)?|a\/c)(?:\s+(?:no\.?|number))?\s*[:.]?\s*)?(?:\d{8}|\d{4} \d{4}|\d{2} \d{2} \d{2} \d{2})${EDGE_AFTER}`,
  'gu',
);
/** A sort code after "sort" alone ("account 71038842 sort 20-44-91"). */
const SORT_ALONE = new RegExp(
  String.raw`${EDGE_BEFORE}(?:[Ss]ort|SORT)(?:\s+code)?\s*[:.]?\s*(\d{2}-\d{2}-\d{2})${EDGE_AFTER}`,
  'gu',
);
/** An account number written in pairs or fours after its cue ("account 38 21 77 09"). */
const SPACED_ACCOUNT = new RegExp(
  String.raw`${EDGE_BEFORE}(?:[Aa]cc(?:ount)?|ACC(?:OUNT)?|a\/c)(?:\s+(?:no\.?|number))?\s*[:.#]?\s*(\d{2} \d{2} \d{2} \d{2}|\d{4} \d{4})${EDGE_AFTER}`,
  'gu',
);

/** Words that introduce a booking's reference ("booking ref", "PNR", "e-ticket no."). */
const BOOKING_CUE = String.raw`(?:[Bb]ooking|BOOKING|PNR|[Ee]-?[Tt]icket|[Tt]icket|TICKET|[Rr]eservation|[Cc]onfirmation)`;
const CUE_WORDS = String.raw`(?:\s+(?:ref(?:erence)?|no\.?|number|code|is|was|on\s+(?:her|his|their|the|my)\s+ticket))*\s*[:#.]?\s*`;
/**
 * A passenger name record's shape: six capitals and digits, at least one digit and two letters,
 * perhaps after the airline's or agent's letters ("ENR 5YX8QP").
 */
const PNR = String.raw`(?:[A-Z]{2,3} )?(?=[A-Z]{0,5}\d)(?=\d{0,4}[A-Z]\d{0,4}[A-Z])[A-Z\d]{6}`;
const BOOKING_PNR = new RegExp(
  String.raw`${EDGE_BEFORE}(?:${BOOKING_CUE}|[Rr]ef(?:erence)?|REF(?:ERENCE)?)${CUE_WORDS}(${PNR})${EDGE_AFTER}`,
  'gu',
);
/** A booking or ticket number of six or more digits, perhaps after the operator's letters. */
const BOOKING_NUMBER = new RegExp(
  String.raw`${EDGE_BEFORE}${BOOKING_CUE}${CUE_WORDS}((?:[A-Z]{2,4}[ -]?)?\d(?:[ -]?\d){5,15})${EDGE_AFTER}`,
  'gu',
);

/** A plural cue that lists one person's numbers; every number in the rest of its sentence is one. */
const LIST_CUE =
  /(?<![\p{L}\p{N}])(?:passports|hosp(?:ital)?\s+(?:numbers|nos\.?)|MRNs)(?![\p{L}\p{N}])/giu;
/** A number in such a list: letters perhaps, then six to thirteen digits in groups. */
const LISTED_NUMBER = new RegExp(
  String.raw`${EDGE_BEFORE}(?:[A-Z]{1,4}[ -]?)?\d(?:[ -]?\d){5,12}${EDGE_AFTER}`,
  'gu',
);
/** A date written with spaces, which a list's number must not be ("12 03 2024"). */
const SPACED_DATE = /^\d{1,2} \d{1,2} (?:19|20)\d{2}$/;

/**
 * Seven or more single digits one space apart, as a dictated note gives a number ("5 6 1 2 0 4 8
 * 7 3"), perhaps after a letter spelt with "as in" ("M as in mike 0 4 4 1 9 2 8").
 */
const READ_OUT = new RegExp(
  String.raw`${EDGE_BEFORE}(?:[A-Z],? as in \p{L}+,?\s+)?\d(?: \d){6,}${EDGE_AFTER}`,
  'gu',
);
/** The end of the sentence that starts at `from`: a full stop and a space, or a line break. */
function sentenceEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 300);
  const stop = /[.!?](?:\s|$)|\n|;/.exec(rest);
  return from + (stop ? stop.index : rest.length);
}

/** Bank details, travel references, listed passport and hospital numbers and read-out numbers. */
export function findShapedNumbers(text: string): Finding[] {
  const { findings, add } = sureFindings(text, 'other-number', '[number]');
  const addGroup = (match: RegExpMatchArray, reason: string): void => {
    const value = match[1] ?? '';
    const end = (match.index ?? 0) + match[0].length;
    add(end - value.length, end, reason);
  };
  for (const match of text.matchAll(BANK_DETAILS)) {
    add(match.index, match.index + match[0].length, 'A sort code and account number');
  }
  for (const match of text.matchAll(SORT_ALONE)) addGroup(match, 'A sort code');
  for (const match of text.matchAll(SPACED_ACCOUNT)) addGroup(match, 'An account number');
  for (const match of text.matchAll(BOOKING_PNR)) addGroup(match, 'A booking reference');
  for (const match of text.matchAll(BOOKING_NUMBER)) {
    const value = match[1] ?? '';
    if (readsAsUkPhone(value)) continue;
    addGroup(match, 'A booking or ticket number');
  }
  // Each stretch of text is read once, however many cues stand before it.
  let readTo = 0;
  for (const cue of text.matchAll(LIST_CUE)) {
    const from = Math.max(cue.index + cue[0].length, readTo);
    readTo = sentenceEnd(text, from);
    const sentence = text.slice(from, readTo);
    for (const match of sentence.matchAll(LISTED_NUMBER)) {
      if (SPACED_DATE.test(match[0]) || readsAsUkPhone(match[0])) continue;
      add(from + match.index, from + match.index + match[0].length, 'A number in a listed set');
    }
  }
  for (const match of text.matchAll(READ_OUT)) {
    const digits = match[0].replace(/^[A-Z],? as in \p{L}+,?\s+/u, '').replace(/\D/g, '');
    if (readsAsUkPhone(digits)) continue;
    add(match.index, match.index + match[0].length, 'A number read out digit by digit');
  }
  // Serials, SIM numbers, IP addresses and numbers a few words after their cue.
  findings.push(...findDeviceNumbers(text));
  return findings.sort((a, b) => a.start - b.start);
}
