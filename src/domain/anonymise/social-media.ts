// Social-media handles: an @handle anywhere (not an e-mail address), and a username after the
// name of a platform ("snap lulu_h", "on TikTok as kay.dn07").
import { makeFinding, type Finding } from './types';

const AT_HANDLE =
  /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?(?![\p{L}\p{N}_@])/gu;

const PLATFORM = String.raw`(?:instagram|insta|ig|snapchat|snap|tiktok|tik tok|facebook|fb|twitter|threads|youtube|discord|xbox|psn|playstation|roblox|telegram|whatsapp|gamertag|username|user name|handle|account)`;
const AFTER_PLATFORM = new RegExp(
  String.raw`\b${PLATFORM}\b(?:\s+(?:name|handle|account|username|is|was|as|called|under|of))*\s*[:=-]?\s*["“‘']?` +
    String.raw`([\p{L}\p{N}_.]{3,30})`,
  'giu',
);

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
  return findings;
}
