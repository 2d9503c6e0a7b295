// The words round a listed town that say it locates someone ("lives in", "a refuge in", "the Corsham
// area", "Falkirk bus station"), or that it names an agency's area instead ("the team in Glasgow",
// "Croydon's Adolescent Support team"). Used by the listed-places finder.
import { agencyWords, organisationSuffixes } from './agency-words';

/** An agency's word just before the cue: "the team in Glasgow", "conference from Cardiff". */
const AGENCY_BEFORE = /([\p{L}’']+)\s+(?:in|at|from|to|near)\s+$/u;

/** Agency words that before "in" or "to" are a person's ("took them home to Kettering", "family in Derby"). */
const PERSONAL_BEFORE = new Set(['home', 'family']);
/** "working in Boston": a person working somewhere ("Working Together" is an agency's phrase). */
const VERB_BEFORE = /\bworking\s+in\s+$/iu;
/**
 * Premises where a person stays, is treated, taught or worships, which before "in" or "at" locate
 * the person, not name the agency: "a refuge in Preston", "the family centre in Ashford", "the
 * station in Rotherham", "an AP in Swansea", "in hospital in nottingham", "the adolescent unit at
 * Lancaster", "placed at a school in Walsall", "his previous church in Tewkesbury" (where "the team
 * in Glasgow" and "the service in Leeds" still name the agency's area).
 */
const PREMISES_BEFORE = new Set(
  'refuge hostel foyer shelter station centre center ap inn hotel travelodge hospital ward unit school college nursery church mosque temple gurdwara prison camp'.split(
    ' ',
  ),
);

export function agencyBefore(before: string): boolean {
  const word = AGENCY_BEFORE.exec(before)?.[1]?.toLowerCase() ?? '';
  if (PERSONAL_BEFORE.has(word) || VERB_BEFORE.test(before)) return false;
  if (PREMISES_BEFORE.has(word) && /\s(?:in|at)\s+$/u.test(before)) return false;
  return (
    agencyWords.has(word) ||
    organisationSuffixes.has(word) ||
    /^(?:conference|landline)$/.test(word)
  );
}

/** A word before the place that says someone lives, moved or stays there (any case of the place). */
export const STRONG_BEFORE =
  /\b(?:(?:lives?|living|resides?|residing|based|moved|moving|move|relocated|staying|stays|housed|rehoused)\s+(?:back\s+|just\s+|out\s+)?(?:in|to|near|at|outside|around)\s+(?:the\s+)?|(?:lives|living|stays|staying)\s+)$/iu;
/** Words after the place that say someone lives there: "Oldham (where Brooke lives)", ", where mum stays". */
export const WHERE_LIVES_AFTER =
  /^\s*[(,]\s*where\s+(?:[\p{L}'’]+\s+){1,3}(?:lives?|stays?|is\s+(?:living|staying))\b/iu;
/** Where someone lodges and a comma before the town: "Trinity House hostel, Walsall", "the site, Newark". */
export const LODGING_BEFORE = /\b(?:hostel|hotel|site|lodge|farm|flats|estate)\s*,\s*$/iu;
/** A plain preposition before the place (a capitalised place only). */
export const WEAK_BEFORE =
  /(?<![\p{L}\p{N}])(?:in|at|from|near|around|round|outside|to|towards?|via|between|up|down|over|left|leaving|fled|then|out\s+of)\s+$/iu;
/**
 * A journey or a building before "to", "in" or "from", or someone working or sleeping "in" it,
 * which makes even a word that is also a given name a place: "took him to lincoln", "a leisure
 * centre in Barry", "a party in Chelsea", "working in Boston".
 */
export const PLACE_FRAME =
  /\b(?:(?:took|take|takes|taken|taking|went|go|goes|going|gone|drove|driven|moved|came|come|ran|fled|travelled|traveled|sent|brought|back|out)\s+(?:(?:him|her|them|me|us|it|home|back|up|down|out|over)\s+)?(?:to|in|from)|(?:working|works|worked|sleeping|sleeps|slept|staying|stayed|studying|studies|settled)\s+in|(?:centre|shop|house|flat|party|park|hotel|cafe|café|pub|club|hostel|refuge|shelter|foyer|station|garage|restaurant|takeaway|mosque|church|street|road|lane|avenue|close|drive|crescent|terrace|estate)\s+(?:in|near|outside))\s+$/iu;
/** A word after the place that says it is a locality ("the Corsham area", "Pewsey way"). */
export const AREA_AFTER = /^\s+(?:area|estate|village|way)(?![\p{L}\p{N}])/u;
/**
 * A public place of the town after it, where someone was found or seen: "found at Darlington
 * station", "Falkirk bus station", "a hotel in Manchester city centre" ("Station" capitalised may
 * be a police station's name, and stays).
 */
export const SPOT_AFTER =
  /^\s+(?:(?:[Tt]rain|[Rr]ailway|[Bb]us|[Cc]oach)\s+[Ss]tation|station|[Cc]ity\s+centre|[Tt]own\s+centre)(?![\p{L}\p{N}])/u;
/**
 * A town alone in brackets straight after a name: a relative's or a surgery's town ("Mrs Ruth Aldous
 * (Kendal)", "Brookside Surgery (Bolton)"). Writers use the brackets to say where that one is. An
 * acronym or an agency's word before the bracket ("Placing LA (Sandwell)") names a council instead.
 */
export const BRACKET_BEFORE = /\p{Lu}\p{Ll}[\p{L}'’.-]*\s*\(\s*$/u;
/** The closing bracket straight after a bracketed town. */
export const BRACKET_AFTER = /^\s*\)/u;
/** A place joined to another place or address: "Devizes and Potterne", "Calne / Chippenham". */
export const JOINED_BEFORE = /(?:\s*,|\s+(?:and|or|&)|\s*[/-])\s*$/u;

/** A possessive and up to four capitalised or small words after a place, then one more word. */
const POSSESSIVE_NAME = /^['’]s\s+((?:(?:\p{Lu}[\p{L}'’&-]*|for|of|and|&)\s+){0,4})([\p{L}'’-]+)/u;

/**
 * True when a place in the possessive starts an agency's name: "Croydon's Adolescent Support
 * team", "Oldham's Complex Safeguarding team", "Reading's Brighter Futures for Children".
 */
export function possessiveAgency(text: string, end: number): boolean {
  const match = POSSESSIVE_NAME.exec(text.slice(end, end + 80));
  if (!match) return false;
  const words = `${match[1] ?? ''}${match[2] ?? ''}`.split(/\s+/).map((word) => word.toLowerCase());
  return words.some((word) => agencyWords.has(word) || organisationSuffixes.has(word));
}
