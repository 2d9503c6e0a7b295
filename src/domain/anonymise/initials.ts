// Initials of client people ("J.S.", "JS", "J S") as standalone capitals.
import { acronyms } from './agency-words';
import { nameWords } from './name-index';
import type { ClientPerson } from './people';
import { foldName } from './text';
import { makeFinding, overlapsAny, type Finding, type Span } from './types';

function initialOf(word: string): string {
  return foldName(word).charAt(0).toUpperCase();
}

/** The initial sequences that may stand for a person: first + surname parts, with or without middle names. */
export function personInitials(person: ClientPerson): string[] {
  const first = nameWords(person.person.preferredName ?? '')
    .concat(nameWords(person.person.firstName))
    .map(initialOf);
  const middle = nameWords(person.person.middleNames).map(initialOf).join('');
  const surname = nameWords(person.person.lastName).map(initialOf);
  if (surname.length === 0) return [];
  const last = [surname.join(''), surname[0] ?? ''];
  const found = new Set<string>();
  for (const f of new Set(first)) {
    for (const l of new Set(last)) {
      found.add(f + l);
      if (middle) found.add(f + middle + l);
    }
  }
  return [...found].filter((initials) => /^[A-Z]{2,4}$/.test(initials));
}

function initialsPattern(initials: string): RegExp {
  const letters = [...initials];
  const spacedAllowed = !/^[AI]/.test(initials);
  const separator = spacedAllowed ? String.raw`(?:\.\s?|\s|-)?` : String.raw`(?:\.\s?|-)?`;
  return new RegExp(String.raw`(?<![\p{L}\p{N}.])${letters.join(separator)}(?![\p{L}\p{N}])`, 'gu');
}

/**
 * Standalone capital initials matching a client person ("J.S.", "JS", "J S", "J.S-J"); never an
 * acronym such as "GP" or one after an article ("the LA's refusal"), and never lower case. The final full stop is left in the text, as it may
 * end the sentence.
 */
export function findInitials(
  text: string,
  people: readonly ClientPerson[],
  blocked: readonly Span[],
): Finding[] {
  const findings: Finding[] = [];
  for (const person of people) {
    for (const initials of personInitials(person)) {
      for (const match of text.matchAll(initialsPattern(initials))) {
        if (!/[.\s-]/.test(match[0]) && acronyms.has(initials.toLowerCase())) continue;
        // "escalating the LA's refusal": capitals after an article are an acronym, not a person.
        if (
          /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu.test(
            text.slice(Math.max(0, match.index - 5), match.index),
          )
        )
          continue;
        const span = { start: match.index, end: match.index + match[0].length };
        if (overlapsAny(span, blocked)) continue;
        const reason = `The initials of ${person.describe}`;
        findings.push(
          makeFinding(text, span, {
            type: 'name',
            replacement: person.placeholder,
            reason,
            confidence: 'medium',
          }),
        );
      }
    }
  }
  return [...findings, ...findSingleInitials(text, people, blocked)];
}

/** Verbs after a lone capital that make it a person speaking or acting: "P says", "T said". */
const SUBJECT_VERB =
  /^[ \t]+["“]?(?:says|said|told|tells|asked|asks|has|had|was|is|did|didn['’]?t|does|doesn['’]?t|wants|wanted|went|goes|reports|reported|disclosed|discloses|stated|states|denies|denied|feels|felt|likes|thinks|knows|won['’]?t|can['’]?t|cannot|would|will)\b/;
/** A possessive lone capital before a relative or belongings: "J's brother", "K's new trainers". */
const OWNER_NOUN =
  /^['’]s[ \t]+(?:brother|sister|sibling|mum|mother|dad|father|nan|gran|aunt|uncle|cousin|friend|boyfriend|girlfriend|phone|bedroom|room|school|new|own)\b/;
/** Words a lone capital may follow as a person: at a sentence's or a clause's start, after "said". */
const OPENS_SUBJECT =
  /(?:^|[.!?:;(\-–—"“,]|\b(?:said|says|and|that|but|because|as|when|if|so|then))\s*$/u;

/**
 * A lone capital that is a client person's first initial, used as that person where a name stands:
 * before a speech or action verb ("P says", "said P was", "T didn't want to say") or in the
 * possessive before a relative ("J's brother"). Notes written in haste shorten the child's name so.
 * Never "A" or "I", nor a capital after a word that labels it ("Plan B is", "Part C has").
 */
export function findSingleInitials(
  text: string,
  people: readonly ClientPerson[],
  blocked: readonly Span[],
): Finding[] {
  const findings: Finding[] = [];
  const letters = new Map<string, ClientPerson>();
  for (const person of people) {
    const letter = initialOf(person.person.preferredName ?? person.person.firstName);
    if (/^[B-HJ-Z]$/.test(letter) && !letters.has(letter)) letters.set(letter, person);
  }
  if (letters.size === 0) return findings;
  for (const match of text.matchAll(
    /(?<![\p{L}\p{N}.'’&/-])[B-HJ-Z](?![\p{L}\p{N}&/-]|\.\p{L})/gu,
  )) {
    const person = letters.get(match[0]);
    if (!person) continue;
    const end = match.index + 1;
    const after = text.slice(end, end + 40);
    if (!SUBJECT_VERB.test(after) && !OWNER_NOUN.test(after)) continue;
    if (!OPENS_SUBJECT.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const span = { start: match.index, end };
    if (overlapsAny(span, blocked)) continue;
    findings.push(
      makeFinding(text, span, {
        type: 'name',
        replacement: person.placeholder,
        reason: `The first initial of ${person.describe}`,
        confidence: 'medium',
      }),
    );
  }
  return findings;
}
