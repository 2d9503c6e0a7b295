// A person's own numbers that a cue a few words away gives away, in the forms practitioners write
// about devices, equipment and accounts: the serial number of a phone, laptop, pump or wheelchair
// issued to one person ("iPhone 12 serial F2LXK9Q4N6", "pump (serial INF-22-0418835)"); a SIM's
// card number ("SIM 8944 1100 2233 4455 667"); a home IP address ("IP address given by school
// filtering 86.14.201.77"); a hospital number a few words after its cue ("the hospital number
// she gave (BCH 7730118)").
// An agency's own serial stays: a police occurrence's "Serial 2026-1102-0219" has no letter, and a
// device's serial nearly always has one.
import { readsAsUkPhone } from './phone-digits';
import { EDGE_AFTER, EDGE_BEFORE } from './text';
import { sureFindings, type Finding } from './types';

/**
 * "serial", "serial no.", "S/N" and then letters and digits with at least one of each, perhaps in
 * dash-joined groups or after a short letter prefix ("SN 7GH22019").
 */
const SERIAL = new RegExp(
  String.raw`${EDGE_BEFORE}(?:[Ss]erial|S\/N)(?:\s+(?:no\.?|number|num))?\s*[:#.]?\s*((?:[A-Z]{1,3}\s)?(?=[\p{L}\p{N}-]*\d)(?=[\p{N}-]*\p{L})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){0,3})${EDGE_AFTER}`,
  'gu',
);
/** A SIM card's number (an ICCID: 18 to 22 digits, in groups or not) after "SIM". */
const SIM = new RegExp(
  String.raw`${EDGE_BEFORE}SIM(?:\s+card)?(?:\s+(?:no\.?|number))?\s*[:#.]?\s*(\d(?:[ -]?\d){17,21})${EDGE_AFTER}`,
  'gu',
);
/** Four dotted numbers: an IPv4 address, proposed only after an "IP" cue in its sentence. */
const IP_ADDRESS = /(?<![\p{L}\p{N}.])\d{1,3}(?:\.\d{1,3}){3}(?![\p{L}\p{N}]|\.\d)/gu;
const IP_CUE = /\bIP\b/;
/** A hospital number's value: up to four capitals (the hospital's), then five to ten digits. */
const HOSPITAL_VALUE = String.raw`(?:[A-Z]{1,4}[ -]?)?\d{5,10}`;
const HOSPITAL_LATER = new RegExp(
  String.raw`${EDGE_BEFORE}[Hh]osp(?:ital)?\s+(?:[Nn]o\.?|[Nn]umber)(?:\s+\p{Ll}+){1,4}\s*\(\s*(${HOSPITAL_VALUE})${EDGE_AFTER}`,
  'gu',
);
/** Why each is proposed: the cue says whose number it is. */
const REASON = 'A number its cue says is a person’s own';

/** Device and equipment serials, SIM numbers, IP addresses and later-cued numbers. */
export function findDeviceNumbers(text: string): Finding[] {
  const { findings, add } = sureFindings(text, 'other-number', '[number]');
  for (const pattern of [SERIAL, SIM, HOSPITAL_LATER]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? '';
      // A phone number in brackets is the phone finders'.
      if (readsAsUkPhone(value)) continue;
      const end = match.index + match[0].length;
      add(end - value.length, end, REASON);
    }
  }
  for (const match of text.matchAll(IP_ADDRESS)) {
    const before = text.slice(Math.max(0, match.index - 120), match.index);
    if (IP_CUE.test(before.split(/[.!?]\s|\n/).pop() ?? '')) {
      add(match.index, match.index + match[0].length, REASON);
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
