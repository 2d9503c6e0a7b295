// Social-media handles: an @handle anywhere (not an e-mail address), and a username after the
// name of a platform ("snap lulu_h", "on TikTok as kay.dn07").
import { makeFinding, type Finding } from './types';

const AT_HANDLE =
  /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?(?![\p{L}\p{N}_@])/gu;

const PLATFORM = String.raw`(?:instagram|insta|ig|snapchat|snap|tiktok|tik tok|facebook|fb|twitter|threads|youtube|discord|xbox|psn|playstation|roblox|telegram|whatsapp|gamertag|username|user name|user|handle|account|accounts|profile)`;
const AFTER_PLATFORM = new RegExp(
  String.raw`\b${PLATFORM}\b(?:\s+(?:name|handle|account|username|is|was|as|called|under|of))*\s*[:=(-]?\s*["“‘']?` +
    String.raw`([\p{L}\p{N}_.]{3,30}(?:#\d{4})?)`,
  'giu',
);

/** A dotted or underscored username near a word about messages or accounts ("messages from kwame.the.don"). */
const LOOSE_HANDLE =
  /(?<![\p{L}\p{N}_.@/:])[\p{L}\p{N}_]+(?:[._][\p{L}\p{N}_]+)+(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])/gu;
const HANDLE_CONTEXT =
  /\b(?:messages?|messaged|messaging|account|accounts|user|profile|online|followed|follows|dms?|chat|app|page|insta|instagram|snapchat|snap|tiktok|facebook|discord|whatsapp|telegram)\b/iu;
/** Ends that make a dotted word a file, a web address or an abbreviation rather than a username. */
const NOT_A_HANDLE =
  /\.(?:com|co|uk|org|net|gov|nhs|pdf|docx?|xlsx?|jpe?g|png|html?)$|^(?:e\.g|i\.e|a\.m|p\.m|n\.b|etc)$/iu;

/** True for a word that looks like a handle rather than a plain word: it has _ . or a digit. */
function handleLike(word: string): boolean {
  return /[_.\d]/u.test(word) && /\p{L}/u.test(word) && !/\.$/.test(word);
}

/** Social-media handles and usernames. */
export function findSocialMediaHandles(text: string): Finding[] {
  const findings: Finding[] = [];
  const add = (start: number, end: number, reason: string) =>
    findings.push(
      makeFinding(
        text,
        { start, end },
        { type: 'social-media', replacement: '[social media]', reason, confidence: 'high' },
      ),
    );
  for (const match of text.matchAll(AT_HANDLE)) {
    add(match.index, match.index + match[0].length, 'A social-media handle');
  }
  for (const match of text.matchAll(AFTER_PLATFORM)) {
    const handle = (match[1] ?? '').replace(/\.+$/, '');
    if (!handleLike(handle)) continue;
    const start = match.index + match[0].length - (match[1] ?? '').length;
    if (text.charAt(start - 1) === '@') continue;
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
