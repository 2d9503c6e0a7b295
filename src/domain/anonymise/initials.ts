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
  return findings;
}
