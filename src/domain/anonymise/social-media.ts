// Social-media handles: an @handle anywhere (not an e-mail address), and a username after the
// name of a platform ("snap lulu_h", "on TikTok as kay.dn07").
import { sureFindings, type Finding } from './types';
import { commonWords } from './vocabulary';

const AT_HANDLE =
  /(?<![\p{L}\p{N}_.@/])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?(?![\p{L}\p{N}_@])/gu;

const PLATFORM = String.raw`(?:social media|socials|instagram|insta|ig|snapchat|snap|tiktok|tik tok|facebook|fb|twitter|threads|youtube|yt|discord|xbox|psn|playstation|roblox|telegram|whatsapp|kik|wizz|yubo|bereal|twitch|onlyfans|wechat|tinder|grindr|bumble|gamertag|gamer tag|username|user name|user|handle|account|accounts|profile)`;
/** Words between a platform and the username ("snap name is", "tiktok account under", "insta:"). */
const CONNECTOR = String.raw`(?:\s+(?:name|names|handle|account|username|user|id|tag|gamertag|channel|page|profile|is|was|as|called|named|under|of|now)|\s*[:=(–—-])*`;
const AFTER_PLATFORM = new RegExp(
  String.raw`\b(${PLATFORM})\b(${CONNECTOR})\s*(["“‘']?)` +
    String.raw`([\p{L}\p{N}_][\p{L}\p{N}_.]{2,29}(?:#\d{4})?)`,
  'giu',
);
/** A connector that says a username follows: a colon or dash, "is", "as", "called", "name". */
const NAMING_CONNECTOR =
  /[:=(–—-]|\b(?:name|names|handle|username|user|id|tag|gamertag|channel|is|was|as|called|named)\b/iu;
/** Words that follow a platform's name without being a username ("her tiktok is private"). */
const NOT_A_USERNAME = new Set(
  `private public open closed deleted blocked hacked down full active inactive fake new old same
  different unknown gone linked locked suspended reported shut back mainly mostly available visible
  account accounts page pages profile name handle username user group chat chats story stories post
  posts video videos live message messages dm dms app apps platform photo photos picture pictures
  pic pics link links friend friends followers follower following request requests number numbers
  details info information unclear anonymous called named where how what when which who why very
  really being been also still only just well there here about over with from into onto`.split(
    /\s+/,
  ),
);

/** True for a plain word after "insta:" or "snap is" that can be a username ("lilmissjade"). */
function plainUsername(word: string): boolean {
  const key = word.toLowerCase();
  return (
    key.length >= 4 &&
    !commonWords.has(key) &&
    !NOT_A_USERNAME.has(key) &&
    // "her snap is blocked", "insta was posting": a lower-case word with a verb's or adverb's end.
    !(/^\p{Ll}+$/u.test(word) && /(?:ed|ing|ly)$/.test(key)) &&
    !new RegExp(`^${PLATFORM}$`, 'iu').test(key)
  );
}

/**
 * A profile or page named in quotes after a platform ("Facebook "Rick Mccabe Bellevale"", "on
 * Facebook as "Lee Whit Brum"", "a fundraising page ("Isla's Warrior Journey")"): one to five
 * words, each capitalised or handle-like, so quoted speech ("said "I will kill you"") stays.
 */
const QUOTED_PROFILE = new RegExp(
  String.raw`\b(?:${PLATFORM}|page)(?:\s+(?:account|page|profile|in|the|name|named|called|as|under|handle|is|was))*\s*[:(]?\s*["“]([\p{L}\p{N}][\p{L}\p{N}_.'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}_.'’-]*){0,4})["”]`,
  'giu',
);
/**
 * A profile named without quotes, after a platform and "is" or "as": three to five capitalised
 * words ("Sonny's Facebook is Sonny Smith Wisbech Boy"), more than a person's first name and
 * surname, which stay with the names ("on facebook as Toni Cole").
 */
const UNQUOTED_PROFILE = new RegExp(
  String.raw`\b${PLATFORM}(?:\s+(?:account|page|profile|name))?\s+(?:is|as|called|named|under)\s+(\p{L}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}'’-]*){2,4})(?![ \t]*[\p{L}\p{N}])`,
  'giu',
);
/** Every word of a quoted profile capitalised or a number (the regex above ignores case). */
const PROFILE_WORDS = /^[\p{Lu}\p{N}][^ ]*(?: [\p{Lu}\p{N}][^ ]*)*$/u;

/** A profile's address on a platform ("instagram.com/lilmissjade", "https://www.tiktok.com/@kay"). */
const PROFILE_URL =
  /(?<![\p{L}\p{N}./@])(?:https?:\/\/)?(?:www\.|m\.)?(?:instagram\.com|tiktok\.com|facebook\.com|fb\.com|snapchat\.com|twitter\.com|x\.com|youtube\.com|twitch\.tv|t\.me|onlyfans\.com|threads\.net)\/[\p{L}\p{N}_.@/?=&%-]*[\p{L}\p{N}_]/giu;

/** A dotted or underscored username near a word about messages or accounts ("messages from kwame.the.don"). */
const LOOSE_HANDLE =
  /(?<![\p{L}\p{N}_.@/:])[\p{L}\p{N}_]+(?:[._][\p{L}\p{N}_]+)+(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])/gu;
const HANDLE_CONTEXT =
  /\b(?:social media|socials|messages?|messaged|messaging|account|accounts|user|profile|online|followed|follows|dms?|chat|app|page|insta|instagram|snapchat|snap|tiktok|facebook|discord|whatsapp|telegram)\b/iu;
/** Ends that make a dotted word a file, a web address or an abbreviation rather than a username. */
const NOT_A_HANDLE =
  /\.(?:com|co|uk|org|net|gov|nhs|pdf|docx?|xlsx?|jpe?g|png|html?)$|^(?:e\.g|i\.e|a\.m|p\.m|n\.b|etc)$/iu;

/** True for a word that looks like a handle rather than a plain word: it has _ . or a digit. */
function handleLike(word: string): boolean {
  return /[_.\d]/u.test(word) && /\p{L}/u.test(word) && !/\.$/.test(word);
}

/** Social-media handles and usernames. */
export function findSocialMediaHandles(text: string): Finding[] {
  const { findings, add } = sureFindings(text, 'social-media', '[social media]');
  for (const match of text.matchAll(AT_HANDLE)) {
    add(match.index, match.index + match[0].length, 'A social-media handle');
  }
  for (const match of text.matchAll(QUOTED_PROFILE)) {
    const profile = match[1] ?? '';
    if (!PROFILE_WORDS.test(profile)) continue;
    const end = match.index + match[0].length - 1;
    add(end - profile.length, end, 'A profile or page named in quotes after a platform');
  }
  for (const match of text.matchAll(UNQUOTED_PROFILE)) {
    const profile = match[1] ?? '';
    if (!PROFILE_WORDS.test(profile)) continue;
    const end = match.index + match[0].length;
    add(end - profile.length, end, 'A profile named after a platform');
  }
  for (const match of text.matchAll(PROFILE_URL)) {
    add(
      match.index,
      match.index + match[0].length,
      'A profile’s address on a social-media platform',
    );
  }
  for (const match of text.matchAll(AFTER_PLATFORM)) {
    const [, platform = '', , quote = '', written = ''] = match;
    const handle = written.replace(/\.+$/, '');
    const start = match.index + match[0].length - written.length;
    if (text.charAt(start - 1) === '@' || text.charAt(start - 1) === '/') continue;
    const quoted = quote !== '' && /^["”’']/.test(text.charAt(start + handle.length));
    // "the account was consistent": after a word that is not a platform's name, only a quoted
    // word or one that looks like a handle.
    const named =
      quoted ||
      (!/^(?:user|account|accounts|profile)$/iu.test(platform) &&
        NAMING_CONNECTOR.test(match[0].slice(0, start - match.index)));
    // A plain capitalised word is a person's name ("on facebook as Toni Cole"), left to the names.
    const personal = /^\p{Lu}\p{Ll}+$/u.test(handle) && !quoted;
    if (!handleLike(handle) && !(named && !personal && plainUsername(handle))) continue;
    add(start, start + handle.length, 'A username after the name of a platform');
  }
  const taken = new Set(findings.map((finding) => finding.start));
  for (const match of text.matchAll(LOOSE_HANDLE)) {
    const handle = match[0];
    if (taken.has(match.index) || NOT_A_HANDLE.test(handle) || /^[\d._]+$/.test(handle)) continue;
    if (!/_|\p{L}{2,}\.\p{L}/u.test(handle) || !handleLike(handle)) continue;
    const around = text.slice(Math.max(0, match.index - 40), match.index + handle.length + 20);
    if (!HANDLE_CONTEXT.test(around)) continue;
    add(
      match.index,
      match.index + handle.length,
      'A username near a word about messages or accounts',
    );
  }
  return findings.sort((a, b) => a.start - b.start);
}
