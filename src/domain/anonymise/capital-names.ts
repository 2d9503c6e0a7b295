// Names written in capitals, as police and ambulance forms write them: a surname in capitals after
// a first name found in ordinary case ("Dean HOLLOWAY"). A word in capitals after a title or a
// relationship word is found by the cue passes (see `propose` in name-scan.ts).
import { isListedGivenName } from './given-names';
import { looksLikeNameWord } from './name-words';
import { isCapitalsName, propose, type Scan } from './name-scan';

/** A surname in capitals straight after a first name found in ordinary case: "Dean HOLLOWAY". */
export function capitalSurnames(scan: Scan): void {
  for (const i of [...scan.found.keys()]) {
    const [token, next] = [scan.tokens[i], scan.tokens[i + 1]];
    if (!token || !next || token.possessive || !looksLikeNameWord(token)) continue;
    if (!isListedGivenName(token.key)) continue;
    if (scan.found.has(i + 1) || !/^ $/.test(scan.text.slice(token.end, next.start))) continue;
    if (isCapitalsName(next))
      propose(scan, i + 1, 'medium', 'A surname in capitals after a first name');
  }
}
