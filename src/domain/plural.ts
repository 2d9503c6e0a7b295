// Nouns with the grammar they need: a count with its noun in the right number, so no screen says
// "1 escalations", and "a" or "an" before a noun phrase, so no audit line says "a email exchange".

/** "1 escalation", "3 escalations"; `many` for a plural not made with -s ("entries"). */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Words spelt with a vowel that start with a consonant sound ("a user", "a one-off"). */
const CONSONANT_SOUND = /^(uni|use|usu|uti|ure|eu|ewe|one\b|once\b|one-)/i;

/** Words spelt with an "h" that is not sounded ("an hour", "an honest mistake"). */
const SILENT_H = /^(hour|honest|honour|honor|heir)/i;

/**
 * The phrase with "a" or "an" before it, by the sound its first word starts with: "an email
 * exchange", "a meeting", "an hour", "a user". Written for the app's own words (discussion kinds,
 * labels), not for any English a user might type.
 */
export function withArticle(phrase: string): string {
  const vowelSound =
    SILENT_H.test(phrase) || (/^[aeiou]/i.test(phrase) && !CONSONANT_SOUND.test(phrase));
  return `${vowelSound ? 'an' : 'a'} ${phrase}`;
}
