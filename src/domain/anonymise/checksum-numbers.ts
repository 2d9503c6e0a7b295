// Numbers found by their shape where a check digit makes a false alarm unlikely: IMEIs and payment
// card numbers (13 to 19 digits passing the Luhn check, however grouped), and the last four digits
// of a card after "card ending" or "last four"; IBANs by their mod-97 check digits.
import { sureFindings, type Finding } from './types';

/** True when `digits` (digits only) passes the Luhn (mod 10) check used by IMEIs and cards. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let value = Number(digits.charAt(digits.length - 1 - i));
    if (i % 2 === 1) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return sum % 10 === 0;
}

/**
 * True when `value` (spaces ignored) is an IBAN: a country's two letters, two check digits and
 * 11 to 30 letters and digits, whose ISO 7064 mod-97 remainder (letters read as 10–35) is 1.
 */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z\d]{11,30}$/.test(iban)) return false;
  let remainder = 0;
  for (const char of iban.slice(4) + iban.slice(0, 4)) {
    const code = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** An IBAN's shape: two letters, two digits, then groups of letters and digits, four at a time. */
const IBAN_SHAPE =
  /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z\d]{4}){2,7}(?: ?[A-Z\d]{1,3})?(?![\p{L}\p{N}])/gu;

/**
 * A run of digit groups joined by single spaces or dashes, read whole so that two numbers side by
 * side are never split into one that passes by chance. Not after a plus (a phone abroad).
 */
const DIGIT_RUN = /(?<![\p{L}\p{N}+])\d+(?:[ -]\d+)*(?![\p{L}\p{N}])/gu;

/**
 * Card words: the card itself, its kind, and the UK's everyday banks and card issuers, after
 * which "ending 4821" or "last four 4821" gives the card's last four digits.
 */
const CARD_WORD = String.raw`(?:card|debit|credit|visa|mastercard|amex|maestro|monzo|starling|revolut|chase|barclays|barclaycard|lloyds|halifax|natwest|santander|nationwide|hsbc|tsb|metro|kroo|zopa)`;
const CARD_ENDING = new RegExp(
  String.raw`(?<![\p{L}])${CARD_WORD}(?:\s+(?:card|account|number|no\.?)){0,2},?\s+(?:ending|ends)(?:\s+(?:in|with))?|(?<![\p{L}])${CARD_WORD}(?:[^.!?\n\d]){0,30}?\blast\s+(?:four|4)(?:\s+digits)?`,
  'giu',
);
/** "IMEI", "IMEI no." or "IMEI number" just before a run: its digits are an IMEI even if mistyped. */
// A few small words may stand between ("IMEI on the box 3539…", "IMEI is 35 412…").
const IMEI_CUE = /\bIMEI(?:\s*(?:no\.?|number))?(?:\s+[a-z]{2,5}){0,3}\s*[:#.(-]?\s*$/i;
const LAST_FOUR = /^\s*[:#-]?\s*(\d{4})(?!\d)/;

/**
 * IMEIs and card numbers by their check digit (15 digits for an IMEI, 13–19 for a card; never
 * starting with 0, which only a phone number does), fifteen or sixteen digits after "IMEI" even
 * if the check fails (a typo still points to the handset), and a card's last four after its cue.
 */
export function findChecksumNumbers(text: string): Finding[] {
  const { findings, add } = sureFindings(text, 'other-number', '[number]');
  for (const match of text.matchAll(DIGIT_RUN)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19) continue;
    const cued =
      (digits.length === 15 || digits.length === 16) &&
      IMEI_CUE.test(text.slice(Math.max(0, match.index - 36), match.index));
    if (cued) add(match.index, match.index + match[0].length, 'An IMEI after its cue');
    else if (!digits.startsWith('0') && passesLuhn(digits))
      add(
        match.index,
        match.index + match[0].length,
        'An IMEI or card number (its check digit holds)',
      );
  }
  for (const match of text.matchAll(IBAN_SHAPE))
    if (isValidIban(match[0]))
      add(
        match.index,
        match.index + match[0].length,
        'A bank account (IBAN) whose check digits hold',
      );
  for (const match of text.matchAll(CARD_ENDING)) {
    const after = match.index + match[0].length;
    const last = LAST_FOUR.exec(text.slice(after, after + 12));
    if (!last?.[1]) continue;
    const start = after + last[0].length - last[1].length;
    add(start, start + 4, "A card's last four digits");
  }
  return findings.sort((a, b) => a.start - b.start);
}
