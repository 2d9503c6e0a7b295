// Addresses abroad, written the way the country writes them: an Irish Eircode ("V92 K7P3") and
// county ("Co. Kerry"), and a street whose word comes before its name and number ("ul. Gdańska
// 18/4", "Strada Morii 12", "Calle Mayor 5"), with the postcode and town written after it ("85-005
// Bydgoszcz"). A family's relatives and previous homes abroad are as identifying as a UK address.
import { makeFinding, placeFinding, type Finding } from './types';

/**
 * An Eircode: a routing key (a letter and two digits, or Dublin's "D6W") and a space, then four
 * characters of Eircode's alphabet with at least one letter and one digit among them, so that a
 * probation CRN ("X448120") or a word and a number never pass as one.
 */
const EIRCODE =
  /(?<![\p{L}\p{N}])(?:[AC-FHKNPRTV-Y]\d\d|D6W) (?=[0-9AC-FHKNPRTV-Y]{0,3}\d)(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}(?![\p{L}\p{N}])/gu;

/** The counties of the island of Ireland, which Irish addresses write as "Co. Cork" or "County Cork". */
const IRISH_COUNTY =
  /(?<![\p{L}\p{N}])(?:Co\.?|County) (?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Londonderry|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)(?![\p{L}\p{N}])/gu;

/**
 * Street words written before the street's name in the languages of the families practitioners
 * serve: Polish ul./al./os., Romanian strada/str./bulevardul, Spanish and Portuguese calle, avenida,
 * rua, French rue, Italian viale/piazza ("via" is also English, so it is left out).
 */
const STREET_BEFORE = String.raw`(?:ul\.|ulica|al\.|aleja|os\.|osiedle|[Ss]trada|[Ss]tr\.|[Bb]ulevardul|[Bb]d\.|[Cc]alle|[Aa]venida|[Aa]v\.|[Rr]ua|[Rr]ue|[Vv]iale|[Pp]iazza)`;
/** The street's name (one to three words, the first capitalised) and the house number, "18/4" or "12A". */
const ABROAD_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${STREET_BEFORE}\s+(?:(?:de|del|da|do|la|le|des|di)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?:nr\.?\s*)?\d{1,4}[A-Za-z]?(?:\s?\/\s?\d{1,4}[A-Za-z]?)?(?![\p{L}\p{N}])`,
  'gu',
);
/** A postcode and a town after a street abroad: ", 85-005 Bydgoszcz", ", 10115 Berlin". */
const POSTCODE_TOWN_AFTER = /^,\s*(\d{2}-\d{3}|\d{4,5})\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}])/u;
/** A town alone after a street abroad: ", Bacău". */
const TOWN_AFTER = /^,\s*(\p{Lu}[\p{Ll}'’-]+)(?=\s*[,.;)\n]|\s*$)/u;

/** Eircodes, Irish counties, and streets abroad with the postcode and town after them. */
export function findAddressesAbroad(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(EIRCODE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    findings.push(
      makeFinding(text, span, {
        type: 'postcode',
        replacement: '[postcode]',
        reason: 'An Irish postcode (Eircode)',
        confidence: 'high',
      }),
    );
  }
  for (const match of text.matchAll(IRISH_COUNTY)) {
    const span = { start: match.index, end: match.index + match[0].length };
    findings.push(placeFinding(text, span, 'A county in Ireland', 'medium'));
  }
  for (const match of text.matchAll(ABROAD_STREET)) {
    const end = match.index + match[0].length;
    findings.push(
      makeFinding(
        text,
        { start: match.index, end },
        {
          type: 'address',
          replacement: '[address]',
          reason: 'A street address abroad',
          confidence: 'high',
        },
      ),
    );
    const after = text.slice(end, end + 60);
    const withPostcode = POSTCODE_TOWN_AFTER.exec(after);
    if (withPostcode) {
      const code = withPostcode[1] ?? '';
      const town = withPostcode[2] ?? '';
      const codeStart = end + withPostcode[0].indexOf(code);
      const townStart = end + withPostcode[0].length - town.length;
      findings.push(
        makeFinding(
          text,
          { start: codeStart, end: codeStart + code.length },
          {
            type: 'postcode',
            replacement: '[postcode]',
            reason: 'A postcode after a street address abroad',
            confidence: 'high',
          },
        ),
        placeFinding(
          text,
          { start: townStart, end: townStart + town.length },
          'A town after a street address abroad',
          'high',
        ),
      );
      continue;
    }
    const town = TOWN_AFTER.exec(after);
    if (town?.[1]) {
      const townStart = end + town[0].length - town[1].length;
      findings.push(
        placeFinding(
          text,
          { start: townStart, end: townStart + town[1].length },
          'A town after a street address abroad',
          'high',
        ),
      );
    }
  }
  return findings;
}
