// A learned fallback for words no rule explains (issue #9, decision 0077): a small logistic model,
// trained by scripts/train-token-model.mjs on the synthetic tuning notes, scores each word that no
// finding covers from its shape, the lists it is on and the words around it, never from the word
// itself unless it is one of a closed set of frequent ordinary words (so it cannot memorise the
// training names). A word scoring above the model's threshold is proposed at low confidence, for
// the reviewer to confirm. Pure, linear in the text, and it never throws.
import {
  agencyWords,
  brandWords,
  organisationSuffixes,
  personalTitles,
  professionalTitles,
  roleWords,
} from './agency-words';
import { countryWords } from './countries';
import { gazetteer } from './gazetteer/settlements';
import { ambiguousGivenNames, isListedGivenName } from './given-names';
import { isKnownAreaName } from './keep-terms';
import { englishWords } from './names/english-words';
import { isCapitalised, isAllCaps, isSentenceInitial, type Token } from './text';
import { learnedWeights } from './learned-weights';
import { makeFinding, overlapsAny, type Finding, type Span } from './types';
import { commonWords, monthNumbers, ordinaryWordNames, weekdays } from './vocabulary';

/** A trained model: its closed vocabulary, its weights by feature name and its threshold. */
export interface LearnedModel {
  vocabulary: ReadonlySet<string>;
  weights: ReadonlyMap<string, number>;
  bias: number;
  threshold: number;
}

/** What the features of one note's words need to know about the whole note. */
export interface NoteView {
  text: string;
  tokens: readonly Token[];
  /** Per token: true when a finding covers it. */
  covered: readonly boolean[];
  /** Per token: the type of the finding that covers it, or ''. */
  coveredType: readonly string[];
  /** True when a third or more of its sentences start in lower case (text-speak, hurried notes). */
  lowerCaseNote: boolean;
  /** Keys written capitalised somewhere not at a sentence start. */
  capitalisedKeys: ReadonlySet<string>;
  /** Keys of words some finding covers. */
  foundKeys: ReadonlySet<string>;
}

/** Builds the note-wide facts once (findings sorted by start, as `detect` returns them). */
export function noteView(
  text: string,
  tokens: readonly Token[],
  findings: readonly (Span & { type?: string })[],
): NoteView {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const covered: boolean[] = [];
  const coveredType: string[] = [];
  let openings = 0;
  let lowerOpenings = 0;
  let furthestType = '';
  const capitalisedKeys = new Set<string>();
  const foundKeys = new Set<string>();
  let f = 0;
  let furthest = -1;
  for (const token of tokens) {
    // Findings that start before this token's end may cover it; `furthest` carries the longest.
    while (f < sorted.length && (sorted[f]?.start ?? 0) < token.end) {
      const finding = sorted[f];
      if (finding && finding.end > furthest) {
        furthest = finding.end;
        furthestType = finding.type ?? 'found';
      }
      f += 1;
    }
    const isCovered = furthest > token.start;
    covered.push(isCovered);
    coveredType.push(isCovered ? furthestType : '');
    const initial = isSentenceInitial(text, token.start);
    if (initial) {
      openings += 1;
      if (wordShape(token.raw) === 'l') lowerOpenings += 1;
    }
    if (isCovered) foundKeys.add(token.key);
    else if (isCapitalised(token.raw) && !initial) capitalisedKeys.add(token.key);
  }
  const lowerCaseNote = openings >= 3 && lowerOpenings * 3 >= openings;
  return { text, tokens, covered, coveredType, lowerCaseNote, capitalisedKeys, foundKeys };
}

/** The shape of a word: C capitalised, A all capitals, l lower case, M anything else. */
export function wordShape(raw: string): string {
  if (isAllCaps(raw)) return 'A';
  if (isCapitalised(raw)) return 'C';
  if (raw === raw.toLowerCase()) return 'l';
  return 'M';
}

function lengthBucket(length: number): string {
  if (length <= 2) return String(length);
  if (length <= 4) return '3-4';
  if (length <= 7) return '5-7';
  return '8+';
}

/** The punctuation between two words, spaces dropped, digits folded to 0, at most 3 characters. */
export function gapShape(gap: string): string {
  const squeezed = gap
    .slice(0, 24)
    .replace(/\r?\n/g, 'N')
    .replace(/\s+/gu, '')
    .replace(/\p{N}+/gu, '0');
  return squeezed.length === 0 ? '_' : squeezed.slice(0, 3);
}

/** A neighbouring word as a feature: covered by a finding, a vocabulary word, or its shape. */
function neighbour(view: NoteView, j: number, vocabulary: ReadonlySet<string>): string {
  const token = view.tokens[j];
  if (!token) return '^';
  if (view.covered[j]) return `#F${view.coveredType[j] ?? ''}`;
  if (vocabulary.has(token.key)) return token.key;
  return `#${wordShape(token.raw)}`;
}

/** True when the word follows a short "Label:" at the start of its line ("Home: Greenacres"). */
function afterLabel(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i -= 1;
  if (text[i] !== ':') return false;
  // Look back at most 31 characters, so a long line full of colons stays linear.
  const window = text.slice(Math.max(0, i - 31), i);
  const newline = window.lastIndexOf('\n');
  if (newline < 0 && i > 30) return false;
  const label = window.slice(newline + 1);
  return label.length > 0 && label.length <= 30 && /^[\p{L} '’/()-]+$/u.test(label.trim());
}

/** True when only spaces stand between the line start and the word. */
function lineInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i -= 1;
  return i < 0 || text[i] === '\n';
}

const PLACE_PREPOSITIONS = new Set(['in', 'from', 'at', 'near', 'to', 'around', 'towards', 'into']);

/** The feature names of token `i` of the note (a word no finding covers). */
export function tokenFeatures(
  view: NoteView,
  i: number,
  vocabulary: ReadonlySet<string>,
): string[] {
  const { text, tokens } = view;
  const token = tokens[i];
  if (!token) return [];
  const key = token.key;
  const shape = wordShape(token.raw);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const p1 = neighbour(view, i - 1, vocabulary);
  const p2 = neighbour(view, i - 2, vocabulary);
  const n1 = neighbour(view, i + 1, vocabulary);
  const n2 = neighbour(view, i + 2, vocabulary);
  const before = gapShape(text.slice(prev ? prev.end : Math.max(0, token.start - 24), token.start));
  const afterEnd = next ? next.start : Math.min(text.length, token.end + 24);
  const after = gapShape(text.slice(token.end, afterEnd).replace(/^['’][sS]/, ''));
  const features = [
    `s=${shape}`,
    `len=${lengthBucket(token.raw.length)}`,
    `p1=${p1}`,
    `p2=${p2}`,
    `n1=${n1}`,
    `n2=${n2}`,
    `s=${shape}&p1=${p1}`,
    `s=${shape}&n1=${n1}`,
    `gb=${before}`,
    `ga=${after}`,
    `s=${shape}&gb=${before}`,
    `s=${shape}&ga=${after}`,
  ];
  if (vocabulary.has(key)) features.push(`w=${key}`);
  const lists: string[] = [];
  if (isListedGivenName(key)) lists.push('given');
  if (ambiguousGivenNames.has(key) || ordinaryWordNames.has(key)) lists.push('ambiguous');
  if (englishWords.has(key)) lists.push('english');
  if (commonWords.has(key)) lists.push('common');
  const places = gazetteer();
  if (places.names.has(key)) lists.push(places.suburbs.has(key) ? 'suburb' : 'settlement');
  else if (places.firsts.has(key)) lists.push('place-start');
  if (agencyWords.has(key) || roleWords.has(key)) lists.push('agency');
  if (personalTitles.has(key) || professionalTitles.has(key)) lists.push('title');
  if (isKnownAreaName(key)) lists.push('area');
  if (brandWords.has(key)) lists.push('brand');
  if (lists.length === 0) lists.push('none');
  for (const list of lists) features.push(`l=${list}`, `s=${shape}&l=${list}`);
  const sentence = isSentenceInitial(text, token.start);
  if (sentence) features.push('si', `s=${shape}&si`);
  if (lineInitial(text, token.start)) features.push('li', `s=${shape}&li`);
  if (afterLabel(text, token.start)) features.push('label', `s=${shape}&label`);
  if (view.capitalisedKeys.has(key) && shape !== 'C') features.push('cap-elsewhere');
  if (view.capitalisedKeys.has(key) && sentence) features.push('si&cap-elsewhere');
  if (view.foundKeys.has(key)) features.push('found-elsewhere');
  if (view.lowerCaseNote) features.push(`s=${shape}&lower-note`);
  if (next && organisationSuffixes.has(next.key)) features.push(`s=${shape}&n1=org`);
  if (prev && (personalTitles.has(prev.key) || professionalTitles.has(prev.key)))
    features.push(`s=${shape}&p1=title`);
  if (/\p{N}/u.test(text.charAt(token.end)) || /\p{N}/u.test(text.charAt(token.start - 1)))
    features.push('digit-touching');
  if (token.possessive) features.push('poss', `s=${shape}&poss`);
  if (/['’]/.test(token.raw)) features.push('apostrophe');
  if (text[token.start - 1] === '-' || text[token.end] === '-') features.push('hyphen');
  return features;
}

/**
 * True when the model may propose token `i` at all: never a word of the closed vocabulary (frequent
 * words that are seldom identifiers) nor one of the anonymiser's common words ("she", "nana"); a
 * lower-case word only in a note where a third or more of the sentences start in lower case
 * (text-speak: "ruby said"), and only if it has three letters or more and is no dictionary word;
 * never a single letter.
 */
export function proposable(view: NoteView, i: number, vocabulary: ReadonlySet<string>): boolean {
  const token = view.tokens[i];
  if (!token || vocabulary.has(token.key) || commonWords.has(token.key)) return false;
  // A letter alone ("bruise behind R ear", "Child C") is an initial only initials.ts can tell.
  if (token.raw.length < 2) return false;
  if (wordShape(token.raw) !== 'l') return true;
  // In text-speak a lower-case name is a word no dictionary holds ("ruby", "chase" are names in
  // SCOWL, so not in englishWords); "frm", "w", "lol" and "fridge" are not names.
  return view.lowerCaseNote && token.raw.length > 2 && !englishWords.has(token.key);
}

/** The model's probability that token `i` is part of an identifier. */
export function scoreToken(view: NoteView, i: number, model: LearnedModel): number {
  let sum = model.bias;
  for (const feature of tokenFeatures(view, i, model.vocabulary))
    sum += model.weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

const NAME_REASON = 'Looks like a name or a place from the words around it';

/** True when a word is a listed town or suburb, or follows a place preposition. */
function placeLike(view: NoteView, i: number): boolean {
  const token = view.tokens[i];
  if (!token) return false;
  if (gazetteer().names.has(token.key)) return true;
  const prev = view.tokens[i - 1];
  return (
    prev !== undefined &&
    PLACE_PREPOSITIONS.has(prev.key) &&
    /^[ \t]+$/.test(view.text.slice(prev.end, token.start))
  );
}

/**
 * Words no finding covers and no kept span touches that the model scores above its threshold,
 * adjacent ones joined into one span, at low confidence. Typed `place` when the first word is a
 * listed town or follows "in", "from", "at"…; otherwise `name`.
 */
export function findLearnedWords(
  text: string,
  tokens: readonly Token[],
  findings: readonly (Span & { type?: string })[],
  blocked: readonly Span[],
  model: LearnedModel,
): Finding[] {
  try {
    const view = noteView(text, tokens, findings);
    // Countries are never proposed (decision 0070), nor months and weekdays (dates are read apart).
    const countries = countryWords(text, tokens);
    const out: Finding[] = [];
    let run: { first: number; start: number; end: number } | undefined;
    const close = (): void => {
      if (!run) return;
      const type = placeLike(view, run.first) ? 'place' : 'name';
      out.push(
        makeFinding(text, run, {
          type,
          replacement: `[${type}]`,
          reason: NAME_REASON,
          confidence: 'low',
        }),
      );
      run = undefined;
    };
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      const proposed =
        token !== undefined &&
        !view.covered[i] &&
        !overlapsAny(token, blocked) &&
        !overlapsAny(token, countries) &&
        !monthNumbers.has(token.key) &&
        !weekdays.has(token.key) &&
        proposable(view, i, model.vocabulary) &&
        scoreToken(view, i, model) > model.threshold;
      if (!proposed) {
        close();
        continue;
      }
      const end = token.end;
      if (run && /^[ \t-]+$/.test(text.slice(run.end, token.start))) run.end = end;
      else {
        close();
        run = { first: i, start: token.start, end };
      }
    }
    close();
    return out.filter((finding) => !overlapsAny(finding, findings));
  } catch {
    return [];
  }
}

/** Reads a model from the compact form `learned-weights.ts` stores. */
export function readModel(stored: {
  vocabulary: string;
  weights: string;
  bias: number;
  threshold: number;
}): LearnedModel {
  const weights = new Map<string, number>();
  for (const entry of stored.weights.split('\n')) {
    const cut = entry.lastIndexOf(' ');
    if (cut > 0) weights.set(entry.slice(0, cut), Number(entry.slice(cut + 1)));
  }
  return {
    vocabulary: new Set(stored.vocabulary.split(' ').filter(Boolean)),
    weights,
    bias: stored.bias,
    threshold: stored.threshold,
  };
}

let shipped: LearnedModel | undefined;

/** The model `learned-weights.ts` holds, read once. */
export function shippedModel(): LearnedModel {
  shipped ??= readModel(learnedWeights);
  return shipped;
}
