// Clubs, groups, faith places and shops on a named street: "1st Cropwell Scouts", "Ince Rangers
// JFC", "Elite Flyers Gymnastics", "Living Waters Fellowship". A child's club or a family's place
// of worship locates them as a street does, so the whole name is proposed as a place. Each shape
// ends with its kind in capitals (a kind alone, "the Scouts", "a dance school", names nobody).
// A club named as the writer's own, after their role ("Club Welfare Officer, Ashby Colts"), is
// the agency and stays. A shop on a named street ("the Co-op on Mill Road") is left to the
// address finders: its street is already proposed there.
import { agencyWords, brandWords, personalTitles } from './agency-words';
import { foldName } from './text';
import { placeFinding, type Finding } from './types';

/** A capitalised word of a name: "Cropwell", "StarBound", "JP", "Fatima", "Oswald's". */
const WORD = String.raw`\p{Lu}[\p{L}\p{N}'’-]{0,30}`;
/** Up to five such words, joined by a space or by "of" ("Our Lady of Fatima"). */
const WORDS = String.raw`${WORD}(?:[ \t]+(?:of[ \t]+)?${WORD}){0,4}`;
/** A uniformed section, after its number: "1st Cove Scouts", "2nd Rhayader Guides". */
const SECTION = String.raw`(?:1st|2nd|3rd|[4-9]th|[1-9]\d(?:st|nd|rd|th))[ \t]+${WORDS}[ \t]+(?:Scouts?|Scout[ \t]+Group|Cubs|Beavers|Explorers|Guides|Brownies|Rainbows|Boys['’]?[ \t]+Brigade|Girls['’]?[ \t]+Brigade)`;
/** A sports club's letters or team word: "Swallownest FC", "Kendal Vandals RUFC", "Platt Bridge Juniors". */
const TEAM = String.raw`${WORDS}[ \t]+(?:J?FC|AFC|JRFC|RUFC|RFC|A?RLFC|Juniors|Rovers|Colts)`;
/** A club or school of an activity, ending with the activity and its kind. */
const ACTIVITY = String.raw`${WORDS}[ \t]+(?:Gymnastics(?:[ \t]+Club)?|MMA|Kickboxing|Taekwondo|(?:Karate|Judo|Boxing|Swimming|Swim|Youth|Saturday)[ \t]+Club|Swim(?:ming)?[ \t]+School|Academy[ \t]+of[ \t]+Dance|School[ \t]+of[ \t]+Dance|Dance[ \t]+(?:Academy|School|Studio|Troupe)|Stage[ \t]+School|Theatre[ \t]+School|Junior[ \t]+Band|Youth[ \t]+Band)`;
/** A place of worship or faith group, by its name: "Living Waters Fellowship", "Abubakr Mosque". */
const FAITH = String.raw`${WORDS}[ \t]+(?:Fellowship|Church|Chapel|Mosque|Masjid|Gurdwara|Mandir|Cemevi|Synagogue|Tabernacle)(?![ \t]+(?:of|in)[ \t])`;
const NAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${SECTION}|${TEAM}|${ACTIVITY}|${FAITH})(?![\p{L}\p{N}])`,
  'gu',
);

/** Words that open a sentence or name a kind, not a club: "The", "Catholic", "Methodist". */
const OPENERS = new Set(
  'the a an our his her my their at in on to from and but he she they we i it this that every roman catholic anglican methodist baptist pentecostal evangelical orthodox reformed united free local national british english welsh scottish irish'.split(
    ' ',
  ),
);

/** Drops opening words that are not part of the name; '' when nothing of a name is left. */
function trimName(name: string): string {
  const words = name.split(/[ \t]+/u);
  let start = 0;
  // "Our Lady of …" is a church's name, not a writer's "our".
  const opener = (at: number) => OPENERS.has(foldName(words[at] ?? '')) && words[at + 1] !== 'Lady';
  while (start < words.length - 1 && opener(start)) start += 1;
  // Only the kind is left ("The Church", "Catholic Church"): a kind names no one.
  if (start >= words.length - 1) return '';
  // A kind after an agency or a brand ("Council Youth Club", "Tesco FC") is not a small club.
  const first = foldName((words[start] ?? '').replace(/['’]s$/u, ''));
  if (agencyWords.has(first) || brandWords.has(first)) return '';
  // One word before "Church" or "Chapel" is as likely a person's name ("Faith Church").
  if (/^(?:Church|Chapel)$/u.test(words[words.length - 1] ?? '') && words.length - start < 3)
    return '';
  // A person named after a title is not a church ("Mrs Elsie Church").
  if (words.some((word) => personalTitles.has(foldName(word)))) return '';
  return words.slice(start).join(' ');
}

/** A role just before the name marks the writer's own club: "Guide leader, 2nd Ashby Guides". */
const ROLE_BEFORE =
  /(?:officer|leader|coach|volunteer|lead|secretary|chair|manager|worker|teacher)\)?[ \t]*(?:,|at)[ \t]*$/iu;

/**
 * "X Juniors" is as often a junior school ("in his Kinsley Juniors jumper", "attends Kinsley
 * Juniors") as a junior club; it is the club only after a sporting verb ("plays for", "coaches at").
 */
const CLUB_VERB_BEFORE =
  /\b(?:plays?|played|playing|coach(?:es|ed|ing)?|trains?|trained|training|signed|manages?|managed|managing)[ \t]+(?:for|at|with)[ \t]+(?:the[ \t]+)?$/iu;

/** Clubs, groups and faith places named with their kind, the writer's own club excepted. */
export function findClubPlaces(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(NAMED)) {
    const name = trimName(match[0]);
    if (!name) continue;
    const end = match.index + match[0].length;
    const before = text.slice(Math.max(0, end - name.length - 40), end - name.length);
    if (ROLE_BEFORE.test(before)) continue;
    findings.push(
      placeFinding(
        text,
        { start: end - name.length, end },
        'A club, group or place of worship named with its kind',
        // High, so a club wins over a school's shape, except "X Juniors" with no sporting verb.
        /Juniors$/u.test(name) && !CLUB_VERB_BEFORE.test(before) ? 'medium' : 'high',
      ),
    );
  }
  return findings;
}
