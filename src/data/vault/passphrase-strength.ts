// A small, self-contained passphrase strength estimate with plain-English advice. It guesses how
// many bits an attacker's smart guessing would need; it is a nudge, not a proof of strength.

type Score = 0 | 1 | 2 | 3 | 4;

/** Result of {@link passphraseStrength}. */
export interface PassphraseStrength {
  /** 0 very weak … 4 very strong. */
  score: Score;
  label: string;
  /** What to change, in plain English; empty when nothing needs changing. */
  advice: string[];
}

/** Fewest characters {@link isAcceptablePassphrase} allows. */
export const MIN_PASSPHRASE_LENGTH = 10;
/** Lowest score {@link isAcceptablePassphrase} allows. */
export const MIN_PASSPHRASE_SCORE = 2;

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;
/** Bits needed for scores 1, 2, 3 and 4. */
const THRESHOLDS = [25, 35, 45, 60] as const;

/** Some of the most used passwords (and a few local favourites), compared after un-leeting. */
const COMMON = new Set(
  (
    'password passwort qwerty qwertyuiop asdfgh letmein welcome iloveyou monkey dragon football ' +
    'baseball sunshine princess admin abc trustno master shadow superman batman starwars ' +
    'whatever freedom hello secret summer winter spring autumn london england liverpool ' +
    'chelsea arsenal manchester tottenham everton charlie jordan michael jessica daniel ' +
    'thomas hannah matthew ashley soccer hockey killer computer internet changeme default ' +
    'safeguarding safeguard escalate escalation social socialworker children school teacher ' +
    'nurse police council'
  ).split(' '),
);

/** Short words so common in phrases that they add little. */
const STOP_WORDS = new Set(
  'a an and the of on in at to is it my me we you i am are be for with'.split(' '),
);

const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l',
}; // prettier-ignore

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'];
const SEPARATOR = /^[\s\-_.,]$/u;

function unleet(text: string): string {
  return Array.from(text.toLowerCase(), (ch) => LEET[ch] ?? ch).join('');
}

/** True for runs a guesser tries early: aaaa, abcd, 4321, qwerty (length 3 or more). */
function isPredictable(run: string): boolean {
  const chars = Array.from(run.toLowerCase());
  if (chars.length < 3) return false;
  if (chars.every((ch) => ch === chars[0])) return true;
  const codes = chars.map((ch) => ch.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (
    (step === 1 || step === -1) &&
    codes.every((c, i) => i === 0 || c - (codes[i - 1] ?? 0) === step)
  ) {
    return true;
  }
  const joined = chars.join('');
  const reversed = [...chars].reverse().join('');
  return KEYBOARD_ROWS.some((row) => row.includes(joined) || row.includes(reversed));
}

/** Splits into runs of letters, digits and other characters, folding look-alike digits into words. */
function tokenise(passphrase: string): string[] {
  const raw = passphrase.match(/\p{L}+|\p{N}+|[^\p{L}\p{N}]+/gu) ?? [];
  const tokens: string[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const token = raw[i] ?? '';
    const prev = tokens[tokens.length - 1];
    const next = raw[i + 1];
    const isLeet = token.length === 1 && token in LEET;
    if (isLeet && prev && next && /^\p{L}/u.test(prev) && /^\p{L}/u.test(next)) {
      tokens[tokens.length - 1] = prev + token + next; // "tr0ub4dor" is one word in disguise
      i += 1;
    } else tokens.push(token);
  }
  return tokens;
}

function caseBits(word: string): number {
  const lower = word.toLowerCase();
  if (word === lower) return 0;
  if (word === word.toUpperCase() || word.slice(1) === lower.slice(1)) return 1;
  return Array.from(word).filter((ch) => ch !== ch.toLowerCase()).length; // scattered capitals
}

/** Bits for a run of letters: treated as a possible dictionary word unless shorter as random. */
function wordBits(word: string): number {
  const length = Array.from(word).length;
  const leet = Array.from(word).filter((ch) => ch in LEET).length;
  if (STOP_WORDS.has(word.toLowerCase())) return 4;
  return Math.min(length * 4.7, 8 + length) + caseBits(word.replace(/[^\p{L}]/gu, '')) + leet;
}

function tokenBits(token: string, seen: Set<string>): number {
  const length = Array.from(token).length;
  if (seen.has(token.toLowerCase())) return 1;
  seen.add(token.toLowerCase());
  if (/^\p{L}/u.test(token)) return isPredictable(token) ? 4 + Math.log2(length) : wordBits(token);
  if (/^\p{N}+$/u.test(token)) {
    if (isPredictable(token)) return 3 + Math.log2(length);
    return /^(19|20)\d\d$/.test(token) ? 7 : length * Math.log2(10);
  }
  return SEPARATOR.test(token) ? 1 : length * 5;
}

/** The passphrase without separators, to catch "a b c d" or "1-2-3-4". */
function squash(passphrase: string): string {
  return passphrase.replace(/[\s\-_.,]/gu, '');
}

function estimateBits(passphrase: string): number {
  const seen = new Set<string>();
  return tokenise(passphrase).reduce((sum, token) => sum + tokenBits(token, seen), 0);
}

/** True for a listed password, ignoring case, digits or symbols at either end and look-alikes. */
function isCommon(passphrase: string): boolean {
  const core = unleet(passphrase.replace(/[^\p{L}]+$/u, '').replace(/^[^\p{L}]+/u, ''));
  return COMMON.has(core) || COMMON.has(core.replace(/[^\p{L}]/gu, ''));
}

function adviceFor(passphrase: string, score: number, tokens: string[]): string[] {
  const advice: string[] = [];
  const words = tokens.filter((token) => /^\p{L}{3,}/u.test(token));
  if (isCommon(passphrase)) {
    advice.push('This is one of the most used passwords, so it would be guessed quickly.');
  }
  if (Array.from(passphrase).length < MIN_PASSPHRASE_LENGTH) {
    advice.push(`Use at least ${MIN_PASSPHRASE_LENGTH} characters. Longer is stronger.`);
  }
  if (tokens.some((token) => isPredictable(token)) || isPredictable(squash(passphrase))) {
    advice.push('Avoid repeated characters and runs such as "aaa", "abc", "123" or "qwerty".');
  }
  if (tokens.some((token) => /^(19|20)\d\d$/.test(token))) {
    advice.push('Avoid years and dates: they are among the first things tried.');
  }
  const lowered = words.map((word) => word.toLowerCase());
  if (new Set(lowered).size < lowered.length) {
    advice.push('Avoid repeating the same word: use different, unrelated words.');
  }
  if (score < 3 && words.length < 3) {
    advice.push(
      'Try three or four unrelated words with spaces between them, like "kettle orbit lantern moss". It is strong and easier to remember than symbols.',
    );
  }
  if (score < 3 && /[\d\W]{1,3}$/u.test(passphrase) && words.length > 0) {
    advice.push('Adding a number or "!" at the end, or swapping letters for numbers, adds little.');
  }
  if (score < 3 && advice.length === 0) advice.push('Make it longer: add another unrelated word.');
  return advice;
}

/**
 * Estimates how hard `passphrase` would be to guess and says how to improve it. Rewards length
 * and several unrelated words; penalises the most common passwords (also with look-alike
 * substitutions and trailing digits), repeats, sequences, keyboard runs and years.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const text = passphrase.normalize('NFC');
  const tokens = tokenise(text);
  const trivial = text.length === 0 || isCommon(text) || isPredictable(squash(text));
  const bits = trivial ? 0 : estimateBits(text);
  const score = THRESHOLDS.filter((threshold) => bits >= threshold).length as Score;
  return { score, label: LABELS[score], advice: adviceFor(text, score, tokens) };
}

/**
 * The minimum the app accepts for a new passphrase: a score of at least
 * {@link MIN_PASSPHRASE_SCORE} and at least {@link MIN_PASSPHRASE_LENGTH} characters.
 */
export function isAcceptablePassphrase(passphrase: string): boolean {
  const text = passphrase.normalize('NFC');
  return (
    Array.from(text).length >= MIN_PASSPHRASE_LENGTH &&
    passphraseStrength(text).score >= MIN_PASSPHRASE_SCORE
  );
}
