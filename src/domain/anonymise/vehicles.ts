// UK vehicle registrations: the current format (AB12 CDE) anywhere in capitals, and any format,
// the older prefix (A123 BCD) and suffix (ABC 123D) ones included, after a cue word in any case
// (alone, "S47 CSC" would look like a prefix-format plate).
import { makeFinding, type Finding } from './types';

const CURRENT = String.raw`[A-Z]{2}\d{2}[ ]?[A-Z]{3}`;
const PREFIX = String.raw`[A-Z]\d{1,3}[ ]?[A-Z]{3}`;
const SUFFIX = String.raw`[A-Z]{3}[ ]?\d{1,3}[A-Z]`;
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}])`;

const CAPITALS = new RegExp(`${EDGE_BEFORE}${CURRENT}${EDGE_AFTER}`, 'gu');
const CUED = new RegExp(
  String.raw`\b(?:reg(?:istration)?|vrm|vrn|plates?|number plate|vehicle|car|van|motorbike|moped)(?:\s+(?:no\.?|number|mark|is|was|of))*\s*[:#-]?\s*` +
    `(${CURRENT}|${PREFIX}|${SUFFIX})${EDGE_AFTER}`,
  'giu',
);

/** Vehicle registrations. Capitals alone are enough; lower case needs a cue ("reg", "car"). */
export function findVehicleRegistrations(text: string): Finding[] {
  const findings: Finding[] = [];
  const add = (start: number, end: number, cued: boolean) =>
    findings.push(
      makeFinding(
        text,
        { start, end },
        {
          type: 'vehicle-registration',
          replacement: '[vehicle registration]',
          reason: cued ? 'A vehicle registration after a cue word' : 'A UK vehicle registration',
          confidence: 'high',
        },
      ),
    );
  for (const match of text.matchAll(CAPITALS))
    add(match.index, match.index + match[0].length, false);
  const starts = new Set(findings.map((finding) => finding.start));
  for (const match of text.matchAll(CUED)) {
    const plate = match[1] ?? '';
    const start = match.index + match[0].length - plate.length;
    if (!starts.has(start)) add(start, start + plate.length, true);
  }
  return findings;
}
