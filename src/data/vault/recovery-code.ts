// The recovery code: 135 random bits written as 27 base32 characters plus one check character, in
// seven groups of four that are easy to read aloud and type (docs/decisions/0030).

/** Crockford's base32: digits and capitals without I, L, O and U, which are easy to misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_CHARACTERS = 27; // 135 bits
const GROUP = 4;
/** A prime below 32, so one wrong character or two swapped neighbours change the check. */
const CHECK_MODULUS = 31;

/** Letters people type for ones the alphabet leaves out. */
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1', U: 'V' };

function checkCharacter(values: readonly number[]): string {
  const sum = values.reduce((total, value, index) => total + (index + 1) * value, 0);
  return ALPHABET[sum % CHECK_MODULUS] ?? '0';
}

/** A new random recovery code, formatted in groups (`7K3M-…`). */
export function newRecoveryCode(): string {
  const values = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(DATA_CHARACTERS)));
  const digits = values.map((byte) => byte & 31); // 256 is a multiple of 32: no bias
  const text = digits.map((value) => ALPHABET[value] ?? '0').join('') + checkCharacter(digits);
  return formatRecoveryCode(text);
}

/** Groups a code's characters in fours with hyphens. */
export function formatRecoveryCode(characters: string): string {
  return (characters.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');
}

/** What is wrong with a typed code before it is tried, or the code's canonical characters. */
export type ParsedRecoveryCode =
  | { ok: true; characters: string }
  | { ok: false; problem: 'length' | 'character' | 'typing-mistake' };

/**
 * Reads a typed code: case, spaces and hyphens do not matter, and O, I, L, U read as 0, 1, 1, V.
 * The check character catches most typing mistakes here, before the code is tried (a wrong try
 * counts towards the pause after wrong attempts; a typing mistake does not).
 */
export function parseRecoveryCode(typed: string): ParsedRecoveryCode {
  const characters = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[OILU]/g, (letter) => LOOK_ALIKES[letter] ?? letter);
  if ([...characters].some((character) => !ALPHABET.includes(character))) {
    return { ok: false, problem: 'character' };
  }
  if (characters.length !== DATA_CHARACTERS + 1) return { ok: false, problem: 'length' };
  const digits = [...characters.slice(0, DATA_CHARACTERS)].map((c) => ALPHABET.indexOf(c));
  if (checkCharacter(digits) !== characters.slice(DATA_CHARACTERS)) {
    return { ok: false, problem: 'typing-mistake' };
  }
  return { ok: true, characters };
}
