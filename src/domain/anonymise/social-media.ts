// Social-media handles: an @handle anywhere (not an e-mail address), and a username after the
// name of a platform ("snap lulu_h", "on TikTok as kay.dn07").
import { isListedGivenName } from './given-names';
import { escapeRegExp, foldName } from './text';
import { overlapsAny, sureFindings, type Finding, type Span } from './types';
import { englishWords } from './names/english-words';
import { commonWords } from './vocabulary';

const AT_HANDLE =
  /(?<![\p{L}\p{N}_.@/])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?(?![\p{L}\p{N}_@])/gu;

const PLATFORM = String.raw`(?:social media|socials|instagram|insta|ig|snapchat|snap|tiktok|tik tok|facebook|fb|twitter|threads|youtube|yt|discord|xbox|psn|playstation|roblox|telegram|whatsapp|kik|wizz|yubo|bereal|twitch|onlyfans|wechat|tinder|grindr|bumble|gamertag|gamer tag|username|user name|user|handle|account|accounts|profile)`;
/** Words between a platform and the username ("snap name is", "tiktok account under", "insta:"). */
const CONNECTOR = String.raw`(?:(?:\s+|(?<=[(:=–—-])\s*)(?:name|names|handle|account|username|user|id|tag|gamertag|channel|page|profile|is|was|as|called|named|under|of|now)|\s*[:=(–—-])*`;
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
  really being been also still only just well there here about over with from into onto password
  passwords settings notifications livestream livestreams screenshot screenshots`.split(/\s+/),
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
 * Facebook as "Lee Whit Brum"", "a fundraising page ("Isla's Warrior Journey")", "uses the profile
 * "Rado King 👑""): one to five
 * words, each capitalised or handle-like, so quoted speech ("said "I will kill you"") stays.
 */
const QUOTED_PROFILE = new RegExp(
  String.raw`\b(?:${PLATFORM}|page)(?:\s+(?:account|page|profile|in|the|name|named|called|as|under|handle|is|was))*\s*[:(,]?\s*["“]([\p{L}\p{N}][\p{L}\p{N}_.'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}_.'’-]*){0,4}(?: ?[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]+)?)["”]`,
  'giu',
);
/**
 * A profile named without quotes, after a platform and "is" or "as": three to five capitalised
 * words ("Sonny's Facebook is Sonny Smith Wisbech Boy"), more than a person's first name and
 * surname, which stay with the names ("on facebook as Toni Cole").
 */
const UNQUOTED_PROFILE = new RegExp(
  String.raw`\b${PLATFORM}(?:\s+(?:account|page|profile|name))?\s+(?:is|as|called|named|under)\s+(\p{L}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}'’-]*){2,5})`,
  'giu',
);
/** Every word of a quoted profile capitalised or a number (the regex above ignores case). */
const PROFILE_WORDS = /^[\p{Lu}\p{N}][^ ]*(?: [\p{Lu}\p{N}][^ ]*)*$/u;

/** A profile's address on a platform ("instagram.com/lilmissjade", "https://www.tiktok.com/@kay"). */
const PROFILE_URL =
  /(?<![\p{L}\p{N}./@])(?:https?:\/\/)?(?:www\.|m\.)?(?:instagram\.com|tiktok\.com|facebook\.com|fb\.com|snapchat\.com|twitter\.com|x\.com|youtube\.com|twitch\.tv|t\.me|onlyfans\.com|threads\.net)\/[\p{L}\p{N}_.@/?=&%-]*[\p{L}\p{N}_]/giu;

/** A dotted or underscored username near a word about messages or accounts ("messages from kwame.the.don"). */
const LOOSE_HANDLE =
  /(?<![\p{L}\p{N}_.@/:])[\p{L}\p{N}_]+(?:[._][\p{L}\p{N}_]+)*(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])/gu;
const HANDLE_CONTEXT =
  /\b(?:social media|socials|messages?|messaged|messaging|account|accounts|user|users|username|usernames|profile|online|followed|follows|dms?|chat|chats|app|page|insta|instagram|snapchat|snap|tiktok|facebook|discord|whatsapp|telegram|roblox|xbox|gamertag|on screen|screen name|server)\b/iu;
/** Ends that make a dotted word a file, a web address or an abbreviation rather than a username. */
const NOT_A_HANDLE =
  /\.(?:com|co|uk|org|net|gov|nhs|pdf|docx?|xlsx?|jpe?g|png|html?)$|^(?:e\.g|i\.e|a\.m|p\.m|n\.b|etc)$/iu;

/** Platforms by name, before "group", "server" or "called" ("a WhatsApp group", "a Discord called"). */
const PLATFORM_NAME = String.raw`(?:instagram|insta|snapchat|snap|tiktok|facebook|fb|youtube|discord|xbox|psn|playstation|roblox|telegram|whatsapp|kik|wizz|yubo|twitch|wechat|signal|messenger)`;
/**
 * A group chat, server or account and "called" or "named" before its name: "a group chat called
 * the lost girls", "a Discord server named Night Owls", "an account called leakzrdg"; or "is" and
 * the name in quotes: 'The group chat is "10B lads only"'.
 */
const NAMED_GROUP = new RegExp(
  String.raw`\b(?:(?:group ?chats?|gcs?|chats?|servers?|channels?|accounts?|profiles?|pages?|(?:${PLATFORM_NAME})(?:\s+(?:groups?|servers?|channels?))?))\s+(?:(?:called|calld|named|titled|known as)\s+|(?:is|was)\s+(?=["“]))(?:(["“‘'])|(?=[\p{L}\p{N}]))`,
  'giu',
);
/** A chat's name set off by commas: "a second chat, RDG leaks, which", "a group chat, year 9 girls,". */
const CHAT_APPOSITIVE = /\b(?:group ?chats?|gcs?|chats?|servers?),[ \t]+([^,.;:!?"“”\n]{2,40}),/giu;
/** A platform's group, page or server and its capitalised name: "WhatsApp group Romale Sheffield". */
const PLATFORM_GROUP = new RegExp(
  String.raw`\b${PLATFORM_NAME}\s+(?:group|group chat|page|server|channel)\s+(\p{Lu}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}'’-]*){0,4})`,
  'giu',
);
/** A quoted name and then a platform: "drill name "TM Dreadz" on youtube". */
const QUOTED_BEFORE_PLATFORM = new RegExp(
  String.raw`["“]([\p{L}\p{N}][\p{L}\p{N}_.'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}_.'’-]*){0,4})["”]\s+on\s+(?:${PLATFORM_NAME}|twitter|threads|yt)\b`,
  'giu',
);
/** "under the name" or "under the username" and one word: "a fitness app under the name gracefulzero". */
const UNDER_THE_NAME =
  /\bunder the (?:user ?name|screen ?name|name)\s+([\p{L}\p{N}_][\p{L}\p{N}_.]{2,29}[\p{L}\p{N}_])/giu;
/** A cash tag, the name a payment app pays ("£150 on Cash App to $SummerOk09"). */
const CASH_TAG = /(?<![\p{L}\p{N}_$])\$\p{L}[\p{L}\p{N}_]{3,19}(?![\p{L}\p{N}_])/gu;
/**
 * "on" and a platform after one word (spaces bounded and read from the word's end, so a run of
 * blank lines is read once): "goes by dannyfreshcornwall on Insta", "CryptoKingAli, on Discord". */
const ON_PLATFORM = new RegExp(
  String.raw`(?<![\s,]),?[ \t]{1,3}on[ \t]{1,3}(?:${PLATFORM_NAME}|twitter|threads|yt)\b`,
  'giu',
);
/** The word just before " on Insta": five to thirty handle characters after a space or a bracket. */
const WORD_BEFORE = /(?<![\p{L}\p{N}_.@])[\p{L}\p{N}_.]{5,30}$/u;
/**
 * A quoted display name with an emoji, after a platform and a word that names a sender ("a WhatsApp
 * from "Uncle G 🧸""); a phone's contact ("contact "Mo ❤️"") is a name, left to the names.
 */
const EMOJI_NAME = new RegExp(
  String.raw`\b(?:${PLATFORM_NAME}|twitter|threads)\b[^."“\n]{0,30}?\b(?:from|called|named|as|by|saved\s+as)\s+["“]([^"”\n]{0,28}\p{Extended_Pictographic}[^"”\n]{0,6})["”]`,
  'giu',
);
/**
 * The name a seller, shop or page trades under, capitalised, after "name is": "Her selling name is
 * Freya's Bits n Bobs".
 */
const TRADING_NAME =
  /\b(?:selling|seller|shop|store|stall|page|display|trading|business)\s+name\s+(?:is|was|:)\s+(\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+(?:n|and|&|of|the|\p{Lu}[\p{L}\p{N}'’&-]*|\d+))*)/gu;
/**
 * A channel or profile of several capitalised words, bracket and all, "under the name" on a
 * platform: "is on YouTube under the name Lil T (E5 Gang Gang)", "on Facebook under the name Lee Briggz".
 */
const PLATFORM_UNDER_NAME = new RegExp(
  String.raw`\b(?:${PLATFORM_NAME}|twitter|threads|yt)\b[^.\n]{0,20}?\bunder\s+the\s+(?:user\s?name|name)\s+(\p{Lu}[\p{L}\p{N}'’_-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’_-]*){1,4}(?:\s+\([^()\n]{1,30}\))?)`,
  'giu',
);

/**
 * The name a person shows on a platform, without quotes, after a frame that says a name follows:
 * the platform and a few small words then "as", "from", "is" or a bracket ("messages her on
 * Facebook as Ry Stotty", "a Facebook message from Trev Gill Lurgan", "Her Facebook (Dani
 * Hope-Lee)", "streams on Twitch as KayPlaysGG"), a "profile" or "display name" ("the profile
 * name is Daz Kerr"), or "posts as". Case is checked after the match (the regex ignores it).
 */
const DISPLAY_NAME_FRAME = new RegExp(
  String.raw`(?:\b(?:${PLATFORM_NAME}|twitter)\b(?:[ \t]+[a-z]+){0,4}?(?:[ \t]*\(|[ \t]+(?:as|from|is|account|page)[ \t]+)|\b(?:profile|display|screen)[ \t]+names?[ \t]+(?:is[ \t]+|was[ \t]+)?|\bposts[ \t]+as[ \t]+)([\p{L}\p{N}][\p{L}\p{N}_.'’-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}_.'’-]*){0,3})`,
  'giu',
);
/**
 * A chat named where something was shared or posted, by a word with a digit in it and a word or
 * an emoji after ("put it in yr9 madness 💀", "shared in LS6 lads"): a class or a year ("in 10B",
 * "in Year 9 chats") has no word of its own after the digits, or none with a digit.
 */
const SHARED_IN_CHAT =
  /\b(?:shared|posted|put[ \t]+(?:it|them)|sent[ \t]+(?:it|them))[ \t]+(?:in|into)[ \t]+((?:\p{L}+\d+\p{L}*|\d+\p{L}+)[ \t]+\p{Ll}{3,}(?:[ \t]*\p{Extended_Pictographic}+\uFE0F?)?)(?=[ \t]*[.,;:!?)\n]|$)/giu;

/** Capitalised words that start a clause, not a name: "on Facebook as The Sun reported", "from I". */
const NOT_DISPLAY_START =
  /^(?:The|A|An|I|He|She|They|We|It|This|That|His|Her|Mum|Dad|Well|Private)$/u;

/** The display name in a frame's run: capitalised words up to a stop, two at least, or one handle. */
function displayName(run: string): string {
  const words: string[] = [];
  for (const word of run.split(/[ \t]+/u)) {
    if (!/^[\p{Lu}\p{N}]/u.test(word)) break;
    const bare = word.replace(/[.,'’-]+$/u, '');
    words.push(/^\p{Lu}\.$/u.test(word) ? word : bare);
    if (bare !== word && !/^\p{Lu}\.$/u.test(word)) break;
  }
  if (words.length === 0 || NOT_DISPLAY_START.test(words[0] ?? '')) return '';
  // A given name and a surname alone ("on Facebook as Toni Cole") stay with the names; a short or
  // pet form ("Ry Stotty"), a third word or an initial makes it a display name.
  if (words.length === 2 && isListedGivenName(foldName(words[0] ?? ''))) return '';
  if (words.length >= 2) return words.join(' ');
  const one = words[0] ?? '';
  return handleLike(one) || /\p{Ll}\p{Lu}/u.test(one) ? one : '';
}

/**
 * A quoted name straight after a word for a place online that has a name: a group chat, a server,
 * a channel, a page, a platform's account or user, a display name, a fundraiser ("a Discord server
 * "Night Owls"", "Telegram channels "X" and "Y"", "display names "kiki" and "lou.b""). The quotes
 * after such a word hold the name it goes by, not speech; a second name after "and" is taken too.
 */
const QUOTED_CONTAINER = new RegExp(
  String.raw`\b(?:(?:${PLATFORM_NAME}|reddit|twitter)(?:\s+family)?\s+(?:group(?:\s?chats?)?|gcs?|chats?|servers?|channels?|pages?|accounts?|users?|display\s+names?)|group\s?chats?|gcs?|servers?|channels?|display\s+names?|fundraiser|fundraising\s+page|group\s+(?:called|named)|group(?=[ \t]*["“]))(?:\s+(?:called|named|titled))?[ \t]*[:(]?[ \t]*["“]([^"”\n]{1,40})["”]((?:[ \t]*(?:,|and|or)[ \t]*["“][^"”\n]{1,40}["”])*)`,
  'giu',
);
/** A quoted name and then the group chat it names: ""Y11 Lads", the year group chat". */
const QUOTED_BEFORE_CHAT =
  /["“]([^"”\n]{1,40})["”],?[ \t]+(?:(?:the|a|their|our|his|her)[ \t]+)?(?:[\p{L}\p{N}-]+[ \t]+)?group[ \t]?chat\b/giu;
/** True for a quoted run that is a name, not a sentence: six words at most, no stop inside or at the end. */
function quotedName(run: string): boolean {
  const words = run.trim().split(/\s+/u);
  return (
    words.length <= 6 &&
    /[\p{L}\p{N}]/u.test(run) &&
    !/[.!?;,]\s|[.!?,;]$/u.test(run.trim()) &&
    // Speech starts with a pronoun or a verb ("is not safe", "I will"); a name seldom does.
    !/^(?:i|i'm|im|you|we|he|she|they|it|it's|is|was|are|were|do|don't|dont|not|no|yes|please)$/iu.test(
      words[0] ?? '',
    )
  );
}

/** Words that end a group's name written without quotes: a clause or a phrase starts after it. */
const RUN_STOP = new Set(
  `with where which that who whose and but or on in at from for to by because run runs set made
  has had have is was were are be she he they it we i you then when after before about full so
  also as of where while until if since now set started created this these those there`.split(
    /\s+/,
  ),
);
/** Pronouns that follow "called" when it is a verb ("the account called her"). */
const NOT_A_GROUP_NAME = /^(?:me|him|her|them|us|it|you|police|back|out|up|round|again|a|an)$/iu;
const RUN_TOKEN = /[ \t]*(\p{Extended_Pictographic}+\uFE0F?|[\p{L}\p{N}][\p{L}\p{N}_.'’&-]*)/uy;

/** The group's name after "called": up to five words, and emoji, until a clause word or stop. */
function groupNameRun(text: string, from: number): { start: number; end: number } | undefined {
  let end = from;
  let words = 0;
  let first = '';
  RUN_TOKEN.lastIndex = from;
  for (let match = RUN_TOKEN.exec(text); match; match = RUN_TOKEN.exec(text)) {
    const token = (match[1] ?? '').replace(/[.'’]+$/u, '');
    if (/\p{L}|\p{N}/u.test(token)) {
      if (words > 0 && RUN_STOP.has(token.toLowerCase())) break;
      if (words >= 5) break;
      if (words === 0) first = token;
      words += 1;
    }
    end = match.index + match[0].length - ((match[1] ?? '').length - token.length);
    if (token.length < (match[1] ?? '').length) break;
  }
  if (words === 0 || NOT_A_GROUP_NAME.test(first) || RUN_STOP.has(first.toLowerCase()))
    return undefined;
  // "a group chat called the" alone, or a name of only common words in lower case ("called it off").
  const run = text.slice(from, end);
  if (words === 1 && (commonWords.has(run.toLowerCase()) || run.length < 3)) return undefined;
  return { start: from, end };
}

/** The quoted name after "called": up to the closing quote, on the same line. */
function quotedRun(
  text: string,
  from: number,
  quote: string,
): { start: number; end: number } | undefined {
  const close = quote === '“' ? '”' : quote === '‘' ? '’' : quote;
  const end = text.indexOf(close, from);
  if (end <= from || end - from > 40 || text.slice(from, end).includes('\n')) return undefined;
  return { start: from, end };
}

/** A chat's name between commas: at most four words, none a clause word ("chat, she said,"). */
function chatNameWords(run: string): boolean {
  const words = run
    .trim()
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0 || words.length > 4) return false;
  return words.every((word) => {
    const key = word.toLowerCase();
    return !RUN_STOP.has(key) && !commonWords.has(key) && !NOT_A_GROUP_NAME.test(key);
  });
}

/** The longest run of capitalised words (or numbers) at the start, of at least `least` words. */
function capitalisedPrefix(run: string, least: number): string {
  const words = run.split(' ');
  let count = 0;
  while (count < words.length && /^[\p{Lu}\p{N}]/u.test(words[count] ?? '')) count += 1;
  return count >= least ? words.slice(0, count).join(' ') : '';
}

/** True for a word standing alone: space, a bracket or a quote before it, and space or a stop after. */
function standalone(text: string, start: number, end: number): boolean {
  return (
    (start === 0 || /[\s("“‘'[]/u.test(text.charAt(start - 1))) &&
    (end === text.length || /[\s)"”’',.;:!?\]]/u.test(text.charAt(end)))
  );
}

/** True where a word ends as a speaker's label in a pasted chat: "deano.x: u want it back". */
function speakerLabel(text: string, end: number): boolean {
  return /^:[ \t]/u.test(text.slice(end, end + 2));
}

/**
 * Every other mention of a username found once ("reecey_ldn: ... reecey_ldn:"), and of its core
 * without a gamer's decoration ("xX_ReaperKing_Xx", then "ReaperKing").
 */
function repeatedHandles(text: string, found: Finding[]): Finding[] {
  const { findings, add } = sureFindings(text, 'social-media', '[social media]');
  const seen = new Set<string>();
  const starts = new Set(found.map((finding) => finding.start));
  for (const finding of found) {
    const handle = text.slice(finding.start, finding.end).replace(/^@/, '');
    const core = handle.replace(/^(?:x+_+)|(?:_+x+)$/giu, '').replace(/^_+|[_\d]+$/gu, '');
    for (const word of [handle, core]) {
      if (word.length < 4 || seen.has(word) || commonWords.has(word.toLowerCase())) continue;
      if (!handleLike(word) && !/\p{Ll}\p{Lu}/u.test(word) && word === core && core !== handle)
        continue;
      seen.add(word);
      const again = new RegExp(
        `(?<![\\p{L}\\p{N}_.@])${escapeRegExp(word)}(?![\\p{L}\\p{N}_@]|\\.[\\p{L}\\p{N}])`,
        'gu',
      );
      for (const match of text.matchAll(again)) {
        // The lookbehind keeps a mention inside another handle out; only the same start is left.
        if (starts.has(match.index)) continue;
        add(match.index, match.index + word.length, 'Another mention of a username found nearby');
      }
    }
  }
  return findings;
}

/** True for a word that looks like a handle rather than a plain word: it has _ . or a digit. */
function handleLike(word: string): boolean {
  return /[_.\d]/u.test(word) && /\p{L}/u.test(word) && !/\.$/.test(word);
}

/**
 * A word written the way only usernames are: a digit standing for a letter inside lower-case letters
 * ("h0llowKnightUK", "daddyd4rk"), or a gamer's "xX…Xx" frame ("xXGhostRiderXx"). Six characters
 * at least; a National Insurance number ("ab123456c") and a number plate ("ym07kfd") are left to
 * their finders, a capitalised word with one 0 or 1 in it ("Fo1asade") is a scan's misreading, and a short word with
 * an 8 for "ate" ("gr8ful", "w8ing") is text-speak.
 */
const SHAPED_CORE = /\p{Ll}\d+\p{Ll}|xX/gu;
/** The whole word around a shaped core: six to thirty-one handle characters, alone. */
const SHAPED_WORD = /^(?:[\p{L}\p{N}_]*\p{Ll}\d+\p{Ll}[\p{L}\p{N}_]*|xX[\p{L}\p{N}_]{2,26}Xx)$/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** The words written as only usernames are, found from their core (a scan from every word start is slow). */
function shapedHandles(text: string): Span[] {
  const spans: Span[] = [];
  let after = 0;
  for (const match of text.matchAll(SHAPED_CORE)) {
    if (match.index < after) continue;
    let start = match.index;
    let end = match.index + match[0].length;
    while (start > 0 && end - start <= 31 && WORD_CHAR.test(text.charAt(start - 1))) start -= 1;
    while (end < text.length && end - start <= 31 && WORD_CHAR.test(text.charAt(end))) end += 1;
    after = end;
    const word = text.slice(start, end);
    if (word.length < 6 || word.length > 31 || !SHAPED_WORD.test(word)) continue;
    if (
      /[.@/]/u.test(text.charAt(start - 1)) ||
      /^(?:[@#]|\.[\p{L}\p{N}])/u.test(text.slice(end, end + 2))
    )
      continue;
    if (!NOT_SHAPED_HANDLE.test(word)) spans.push({ start, end });
  }
  return spans;
}
const NOT_SHAPED_HANDLE =
  /^(?:[a-zA-Z]{2}\d{6}[a-dA-D]|[a-zA-Z]{2}\d{2}[a-zA-Z]{3}|\p{Lu}\p{Ll}*[01]\p{Ll}+|(?=.{6,8}$)\p{Ll}+8\p{Ll}+)$/u;

/** Social-media handles and usernames. */
export function findSocialMediaHandles(text: string): Finding[] {
  const { findings, add } = sureFindings(text, 'social-media', '[social media]');
  for (const match of text.matchAll(AT_HANDLE)) {
    add(match.index, match.index + match[0].length, 'A social-media handle');
  }
  for (const match of text.matchAll(QUOTED_PROFILE)) {
    const profile = match[1] ?? '';
    // An emoji may end a display name ("Rado King 👑"); the words before it must still be capitalised.
    if (!PROFILE_WORDS.test(profile.replace(/ ?[^\p{L}\p{N}_.'’ -]+$/u, ''))) continue;
    const end = match.index + match[0].length - 1;
    add(end - profile.length, end, 'A profile or page named in quotes after a platform');
  }
  for (const match of text.matchAll(UNQUOTED_PROFILE)) {
    // "on fb as Tony Byrne Boxing Dad n posts": the capitalised words, when three or more.
    const profile = capitalisedPrefix(match[1] ?? '', 3);
    if (profile === '') continue;
    const start = match.index + match[0].length - (match[1] ?? '').length;
    add(start, start + profile.length, 'A profile named after a platform');
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
    // "her snap amberxwildee": after someone's social platform (not a console, where "his xbox
    // headset" follows), one long lower-case word that is no English word is the username.
    const owned =
      /^(?:snap|snapchat|insta|instagram|ig|tiktok|tik tok|fb|facebook|twitter|kik|telegram|wechat)$/iu.test(
        platform,
      ) &&
      /^\s*$/u.test(match[2] ?? '') &&
      /\b(?:her|his|their|my|ur|your)\s+$/iu.test(
        text.slice(Math.max(0, match.index - 7), match.index),
      ) &&
      /^\p{Ll}{8,}$/u.test(handle) &&
      !englishWords.has(handle.replace(/s$/u, '')) &&
      !englishWords.has(handle);
    const named =
      quoted ||
      owned ||
      /^(?:gamertag|gamer tag|username|user name|handle)$/iu.test(platform) ||
      (!/^(?:user|account|accounts|profile)$/iu.test(platform) &&
        NAMING_CONNECTOR.test(match[0].slice(0, start - match.index)));
    // A plain capitalised word is a person's name ("on facebook as Toni Cole"), left to the names.
    const personal = /^\p{Lu}\p{Ll}+$/u.test(handle) && !quoted;
    if (!handleLike(handle) && !(named && !personal && plainUsername(handle))) continue;
    // "voucher FB-22187": a platform's initials joined to digits by a dash are a reference's letters.
    if (/^\d+$/.test(handle) && /^\p{L}+-$/u.test(match[0].slice(0, start - match.index))) continue;
    add(start, start + handle.length, 'A username after the name of a platform');
  }
  for (const span of shapedHandles(text)) {
    if (!overlapsAny(span, findings))
      add(span.start, span.end, 'A word written as only usernames are');
  }
  const taken = new Set(findings.map((finding) => finding.start));
  for (const match of text.matchAll(LOOSE_HANDLE)) {
    const handle = match[0];
    // A plain word (nearly every match) has no dot nor underscore, which the test below needs.
    if (!handle.includes('.') && !handle.includes('_')) continue;
    if (taken.has(match.index) || NOT_A_HANDLE.test(handle) || /^[\d._]+$/.test(handle)) continue;
    // Two letters before the dot, tested at fixed length: "\p{L}{2,}" would reread a long run.
    if (!/_|\p{L}\p{L}\.\p{L}/u.test(handle) || !handleLike(handle)) continue;
    // An underscore joins words only in usernames ("xX_ReaperKing_Xx"); a dot needs a cue near,
    // or a colon after it as a pasted chat's speaker label ("deano.x: u want it back").
    const around = text.slice(Math.max(0, match.index - 40), match.index + handle.length + 20);
    const alone = standalone(text, match.index, match.index + handle.length);
    // A dotted username alone in brackets after a name is the name's handle: "tayla (taylaaa.m)".
    const bracketed =
      text.charAt(match.index - 1) === '(' && text.charAt(match.index + handle.length) === ')';
    if (!(alone && handle.includes('_')) && !bracketed && !HANDLE_CONTEXT.test(around)) {
      if (!alone || !speakerLabel(text, match.index + handle.length)) continue;
    }
    add(
      match.index,
      match.index + handle.length,
      'A username near a word about messages or accounts',
    );
  }
  for (const match of text.matchAll(NAMED_GROUP)) {
    const [whole, , quote = ''] = match;
    const from = match.index + whole.length;
    const span = quote !== '' ? quotedRun(text, from, quote) : groupNameRun(text, from);
    if (span) add(span.start, span.end, 'The name of a group chat, server or account');
  }
  for (const match of text.matchAll(QUOTED_CONTAINER)) {
    const [whole, first = '', more = ''] = match;
    const firstEnd = match.index + whole.length - more.length - 1;
    // After "group" alone the quotes may hold speech ("told the group "went quiet""): a name there
    // starts with a capital or a digit.
    if (/^group[ \t]*["“]/iu.test(whole) && !/^[\p{Lu}\p{N}]/u.test(first)) continue;
    if (quotedName(first))
      add(firstEnd - first.length, firstEnd, 'The name of a group, channel or account in quotes');
    const base = match.index + whole.length - more.length;
    for (const next of more.matchAll(/["“]([^"”\n]{1,40})["”]/gu)) {
      const name = next[1] ?? '';
      const start = base + next.index + 1;
      if (quotedName(name))
        add(start, start + name.length, 'The name of a group, channel or account in quotes');
    }
  }
  for (const match of /group[ \t]?chat/iu.test(text) ? text.matchAll(QUOTED_BEFORE_CHAT) : []) {
    const name = match[1] ?? '';
    if (quotedName(name))
      add(match.index + 1, match.index + 1 + name.length, 'The name of a group chat in quotes');
  }
  for (const match of text.matchAll(CHAT_APPOSITIVE)) {
    const run = match[1] ?? '';
    if (!chatNameWords(run)) continue;
    const start = match.index + match[0].length - 1 - run.length;
    add(start, start + run.trimEnd().length, 'The name of a group chat set off by commas');
  }
  for (const match of text.matchAll(PLATFORM_GROUP)) {
    const run = capitalisedPrefix(match[1] ?? '', 1);
    if (run === '') continue;
    const start = match.index + match[0].length - (match[1] ?? '').length;
    add(start, start + run.length, 'The name of a group or page on a platform');
  }
  for (const match of text.matchAll(QUOTED_BEFORE_PLATFORM)) {
    const profile = match[1] ?? '';
    // One plain word ("Immy" on Instagram) is a nickname, which the names take.
    if (!handleLike(profile) && !(PROFILE_WORDS.test(profile) && profile.includes(' '))) continue;
    add(match.index + 1, match.index + 1 + profile.length, 'A name in quotes on a platform');
  }
  for (const match of text.matchAll(UNDER_THE_NAME)) {
    const handle = match[1] ?? '';
    if (/^\p{Lu}\p{Ll}+$/u.test(handle)) continue;
    if (!handleLike(handle) && !plainUsername(handle)) continue;
    const start = match.index + match[0].length - handle.length;
    add(start, start + handle.length, 'A username an app shows');
  }
  for (const match of text.matchAll(CASH_TAG)) {
    add(match.index, match.index + match[0].length, 'A payment app’s cash tag');
  }
  for (const match of text.matchAll(ON_PLATFORM)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 31), match.index));
    if (!before) continue;
    const word = before[0].replace(/\.+$/, '');
    const camel = (word.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2;
    const joined = /^\p{Ll}{12,}$/u.test(word) && !commonWords.has(word);
    if (!handleLike(word) && !camel && !joined) continue;
    const start = match.index - before[0].length;
    add(start, start + word.length, 'A username before the name of its platform');
  }
  // The display name with an emoji needs an emoji in the text, and the profile "under the name"
  // needs "under the": most notes have neither, so neither pattern runs on them.
  const emoji = /\p{Extended_Pictographic}/u.test(text);
  for (const match of emoji ? text.matchAll(EMOJI_NAME) : []) {
    const name = match[1] ?? '';
    const start = match.index + match[0].length - 1 - name.length;
    add(start, start + name.length, 'A display name with an emoji');
  }
  for (const match of text.matchAll(TRADING_NAME)) {
    const name = (match[1] ?? '').replace(/\s+(?:n|and|&|of|the)$/u, '');
    const start = match.index + match[0].length - (match[1] ?? '').length;
    if (name.includes(' ') || handleLike(name))
      add(start, start + name.length, 'A seller’s or page’s trading name');
  }
  for (const match of /under the/iu.test(text) ? text.matchAll(PLATFORM_UNDER_NAME) : []) {
    // The regex ignores case, so the capitalised words are counted here, a bracket after them kept.
    const written = match[1] ?? '';
    const name =
      /^\p{Lu}[^\s(]*(?:\s+[\p{Lu}\p{N}][^\s(]*)+(?:\s+\([^()]*\))?/u.exec(written)?.[0] ?? '';
    if (name === '') continue;
    const start = match.index + match[0].length - written.length;
    add(start, start + name.length, 'A profile or channel name on a platform');
  }
  for (const match of text.matchAll(DISPLAY_NAME_FRAME)) {
    const run = match[1] ?? '';
    const name = displayName(run);
    const start = match.index + match[0].length - run.length;
    if (name !== '') add(start, start + name.length, 'A display name after a frame that names one');
  }
  for (const match of text.matchAll(SHARED_IN_CHAT)) {
    const name = match[1] ?? '';
    const start = match.index + match[0].length - name.length;
    add(start, start + name.length, 'A chat named where something was shared');
  }
  const spans = new Set<string>();
  return [...findings, ...repeatedHandles(text, findings)]
    .filter((finding) => {
      const key = `${finding.start}:${finding.end}`;
      if (spans.has(key)) return false;
      spans.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}
