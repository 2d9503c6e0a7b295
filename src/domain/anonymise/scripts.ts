// Runs of letters in a non-Latin script inside an English note (a name written in Arabic, Cyrillic,
// Devanagari, Chinese…): the anonymiser cannot read them, so it proposes hiding them, unless the
// writer quotes a sentence and translates it with no name in the translation.
import { makeFinding, type Finding } from './types';
import { commonWords } from './vocabulary';

const NON_LATIN_RUN =
  /[^\P{L}\p{Script=Latin}][\p{M}]*(?:[\s'’-]*[^\P{L}\p{Script=Latin}][\p{M}]*)*/gu;

/** A translation straight after a closing quote: `(dad hits mum)`, `– she is not allowed out –`. */
const TRANSLATION_AFTER = /^['’"”]\s*(?:\(([^()\n]{3,120})\)|[–—-]\s*([^–—\n]{3,120}))/u;

/**
 * True when the run is a quoted sentence of two words or more that the writer translates, and the
 * translation names nobody: every capitalised word in it is an ordinary one ("I", "Dad"). Such a
 * sentence ("ο μπαμπάς χτυπάει τη μαμά" (dad hits mum)) is what was said, not who said it; a
 * translation that names someone ("Layla's father hits me") leaves the sentence hidden, since the
 * name is in it.
 */
function translatedSentence(text: string, start: number, end: number, run: string): boolean {
  if (!/\s/u.test(run.trim()) || !/['‘"“]\s*$/u.test(text.slice(Math.max(0, start - 2), start)))
    return false;
  const match = TRANSLATION_AFTER.exec(text.slice(end, end + 130));
  const translation = match?.[1] ?? match?.[2];
  if (!translation || !/\p{Script=Latin}{2,}\s+\p{Script=Latin}{2,}/u.test(translation))
    return false;
  const capitalised = translation.match(/\p{Lu}[\p{L}'’]*/gu) ?? [];
  return capitalised.every((word) => {
    const key = word.replace(/['’]s$/u, '').toLowerCase();
    return key === 'i' || commonWords.has(key);
  });
}

/**
 * Kinship words and the honorific "ji" in the scripts of the families practitioners serve (Hindi,
 * Punjabi, Urdu, Arabic, Bengali, Greek, Russian and Ukrainian): a relationship, kept as "nan" or
 * "uncle" is (decision 0048), as in "Paternal gran Kokilaben (दादी)" or "ਮਾਮਾ ਜੀ".
 */
const KINSHIP = new Set(
  [
    'माँ मां माता पिता पापा दादी दादा नानी नाना चाचा चाची मामा मामी बुआ मौसी भाई बहन दीदी भैया जी',
    'ਮਾਂ ਪਿਤਾ ਦਾਦੀ ਦਾਦਾ ਨਾਨੀ ਨਾਨਾ ਚਾਚਾ ਚਾਚੀ ਮਾਮਾ ਮਾਮੀ ਭੂਆ ਮਾਸੀ ਭਰਾ ਭੈਣ ਜੀ',
    'امی ابو ابا دادی دادا نانی نانا چاچا چاچی ماموں خالہ پھوپھو بھائی بہن باجی',
    'أمي أبي ماما بابا جدتي جدي عمي خالي خالتي عمتي',
    'মা বাবা দাদি দাদা নানি নানা চাচা মামা খালা ফুফু',
    'γιαγιά παππούς μαμά μπαμπάς θείος θεία мама папа бабушка дедушка баба дядя тётя тетя',
  ]
    .join(' ')
    .split(' '),
);

/** True when every word of the run is a kinship word or "ji". */
function kinshipOnly(run: string): boolean {
  return run
    .trim()
    .split(/\s+/u)
    .every((word) => KINSHIP.has(word));
}

/** A script with capital letters (Cyrillic, Greek, Armenian), where a name is capitalised as in English. */
const CASED_SCRIPT = /^[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\s'’-]+$/u;

/**
 * True when the run, in a script with capital letters, holds words a name is not: every word in
 * lower case ("коли тверезий"), or, straight after an opening quote, a capital and then lower-case
 * words, a quoted sentence's start ("Він добрий"). A name in these scripts is capitalised
 * ("Олена Коваль") and stays hidden.
 */
function lowerCaseSentence(text: string, start: number, run: string): boolean {
  if (!CASED_SCRIPT.test(run)) return false;
  const words = run.trim().split(/[\s'’-]+/u);
  const lower = (word: string) => word === word.toLowerCase() && word !== word.toUpperCase();
  if (words.every(lower)) return true;
  return (
    words.length >= 2 &&
    words.slice(1).every(lower) &&
    /['‘"“]\s*$/u.test(text.slice(Math.max(0, start - 2), start))
  );
}

/** Every run of non-Latin letters (with the spaces between its words), but a kinship word or a translated sentence. */
export function findNonLatinRuns(text: string): Finding[] {
  return [...text.matchAll(NON_LATIN_RUN)].flatMap((match) => {
    const [start, end] = [match.index, match.index + match[0].length];
    if (kinshipOnly(match[0]) || translatedSentence(text, start, end, match[0])) return [];
    if (lowerCaseSentence(text, start, match[0])) return [];
    return [
      makeFinding(
        text,
        { start, end },
        {
          type: 'name',
          replacement: '[name]',
          reason: 'Words in a non-Latin script, which may be a name',
          confidence: 'medium',
        },
      ),
    ];
  });
}
