// Dogs' breeds and types, so that a pet's kind is not taken for a person's name ("the family's XL
// Bully", "a Cane Corso") and the pets' frames still see the name after it ("XL Bully, Tyson",
// ./name-frames.ts). Our own short list of breeds common in UK notes, from The Kennel Club's public
// list of breeds (thekennelclub.org.uk) and the types the Dangerous Dogs Act 1991 and its 2023
// order name (pit bull terrier, XL Bully). Folded words; "a b" is a breed of several words.
import { givenNames } from './given-names';
import type { Token } from './text';
import type { Span } from './types';

/** Breeds no one is named, never a name wherever they stand (./name-words.ts); plurals too. */
export const UNNAMED_BREEDS =
  'staffy staffie staffies rottweiler rottie alsatian husky huskies akita labrador spaniel collie terrier doberman dobermann mastiff chihuahua pitbull pomeranian dachshund cockapoo cavapoo labradoodle whippet lurcher greyhound beagle poodle';
/** Breeds whose words pass for names or places: a kind only where they stand as one. */
const NAMED_BREEDS =
  'xl bully|american bully|pit bull|bulldog|frenchie|cane corso|presa canario|dogue de bordeaux|german shepherd|jack russell|shih tzu|lhasa apso|bichon frise|shar pei|king charles spaniel|great dane|golden retriever|yorkie|westie|patterdale terrier';

/**
 * The words before each breed's last word, by its last word: a named breed ("patterdale terrier")
 * is tried before the word alone.
 */
const BY_LAST = new Map<string, string[][]>();
for (const breed of [...NAMED_BREEDS.split('|'), ...UNNAMED_BREEDS.split(' ')]) {
  const words = breed.split(' ');
  const last = words.pop() ?? '';
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), words]);
}

/** "a", "the", "his", an owner ("the family's", not "it's") or a number; a size or colour may follow. */
const KIND_BEFORE =
  /(?:\b(?:an?|the|his|her|their|our|my|your|one|two|three|four|another)|(?<!\b(?:it|he|she|that|there|who|what))['’]s|\d\s*x?)\s+(?:(?:big|large|small|black|white)\s+)?$/iu;
/** A pet's word after ("XL bully type dogs"), or a name after ("Cane Corso, Rex", "Westie (Bo)"). */
const KIND_AFTER =
  /^(?:[ -]+(?:[dD]ogs?|pup(?:s|py|pies)?|bitch|cross|x|type|mix|terriers?)\b|(,\s*['‘"“]?\p{Lu}|\s+(?:called|named)\b|\s*\())/u;

/**
 * The breed whose last word, `last`, is token `i`, where it stands as a kind: plural ("two
 * Staffies"), after KIND_BEFORE ("the family's XL Bully") or before KIND_AFTER. A breed whose first
 * word is a given name ("Jack Russell") is not one by a name after it: "Mr Jack Russell, the
 * neighbour" is a man.
 */
function breedEndingAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  last: string,
  plural: boolean,
): Span | undefined {
  for (const words of BY_LAST.get(last) ?? []) {
    const at = i - words.length;
    const [first, end] = [tokens[at], tokens[i]?.end ?? 0];
    // The breed's words one space or hyphen apart: "XL Bully", "Shih-Tzu".
    if (
      !first ||
      words.some(
        (w, k) =>
          tokens[at + k]?.key !== w || tokens[at + k + 1]?.start !== (tokens[at + k]?.end ?? 0) + 1,
      )
    )
      continue;
    const after = KIND_AFTER.exec(text.slice(end, end + 12));
    if (
      plural ||
      KIND_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start)) ||
      (after && !(after[1] && givenNames.has(words[0] ?? last)))
    )
      return { start: first.start, end };
  }
  return undefined;
}

/** Every breed in the text that stands as a pet's kind, to keep and to read as "dog". */
export function breedSpans(text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const key = tokens[i]?.key ?? '';
    const span =
      breedEndingAt(text, tokens, i, key, false) ??
      (key.endsWith('s') ? breedEndingAt(text, tokens, i, key.slice(0, -1), true) : undefined) ??
      (key.endsWith('ies')
        ? breedEndingAt(text, tokens, i, `${key.slice(0, -3)}y`, true)
        : undefined);
    if (span) spans.push(span);
  }
  return spans;
}

/** The text with each breed read as "dog", at the same offsets ("     dog, Tyson"). */
export function breedsAsDogs(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + 'dog'.padStart(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}
