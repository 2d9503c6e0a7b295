// Capitalised words that name a thing rather than a person, from the word before them: a car's
// model after its maker ("Skoda Octavia", "Vauxhall Vivaro") and anything after "a", "the" or "his"
// and a colour ("a blue Vivaro", "his silver Qashqai").
import type { Scan } from './name-scan';
import type { Token } from './text';

/** Car makers, whose next capitalised word is a model ("Skoda Octavia", "Vauxhall Vivaro", "Ford Ranger"). */
const CAR_MAKES = new Set(
  'ford vauxhall toyota honda nissan bmw audi mercedes volkswagen vw kia hyundai renault peugeot citroen citroën fiat skoda škoda volvo dacia mazda lexus tesla suzuki jeep jaguar cupra mitsubishi subaru porsche alfa rover seat mini'.split(
    ' ',
  ),
);

/** True when a car maker's name, capitalised, stands straight before token `i`: its model. */
function carModel(scan: Scan, i: number): boolean {
  const [previous, token] = [scan.tokens[i - 1], scan.tokens[i]];
  if (!previous || !token || !/^\p{Lu}/u.test(previous.raw) || previous.possessive) return false;
  return CAR_MAKES.has(previous.key) && scan.text.slice(previous.end, token.start) === ' ';
}

/** Colours a car or a thing is described by ("a blue Vivaro", "his silver Qashqai"). */
const COLOURS = new Set(
  'black white silver grey gray blue red green yellow orange purple pink brown gold maroon navy beige'.split(
    ' ',
  ),
);
/** Words before a colour that make what follows a thing: "a blue Vivaro", "her white Juke". */
const THING_BEFORE_COLOUR = new Set('a an the his her their my your our its'.split(' '));

/** True when a lower-case colour after "a", "the" or "his" stands before token `i`: a thing. */
function afterAColour(scan: Scan, i: number): boolean {
  const [before, colour, token] = [scan.tokens[i - 2], scan.tokens[i - 1], scan.tokens[i]];
  if (!before || !colour || !token || colour.raw !== colour.key) return false;
  const spaced = (a: Token, b: Token) => scan.text.slice(a.end, b.start) === ' ';
  return (
    COLOURS.has(colour.key) &&
    THING_BEFORE_COLOUR.has(before.key) &&
    spaced(before, colour) &&
    spaced(colour, token)
  );
}

/** True when token `i` names a thing, not a person: a car's model, or anything after a colour. */
export function namesAThing(scan: Scan, i: number): boolean {
  return carModel(scan, i) || afterAColour(scan, i);
}
