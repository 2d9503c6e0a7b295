// The anonymiser (DESIGN.md §6): proposes a redaction for every client identifier in free text,
// keeping professionals' names, agencies, policy terms and meeting dates.
import { findAddressesAbroad } from './addresses-abroad';
import {
  findKnownAddress,
  findPostcodes,
  findStreetAddresses,
  findTownsInAddresses,
} from './address';
import { findTownsBeforePostcodes, retypeTownsAfterAddresses } from './address-towns';
import { findEmails, findPhones } from './contact';
import { findLandmarkPlaces } from './landmark-places';
import { findBusinessPlaces } from './business-places';
import { findClubPlaces } from './club-places';
import { findLabelledPlaces } from './labelled-places';
import { findKindPlaces } from './kind-places';
import { findLooseAddresses } from './loose-address';
import { findDates } from './dates';
import { findInitials } from './initials';
import { isPossessiveOwner } from './name-frames';
import { buildNameIndex } from './name-index';
import { findNameNeighbours } from './name-neighbours';
import { findKnownNames } from './names';
import { findChecksumNumbers } from './checksum-numbers';
import { countryWords } from './countries';
import { findCuedNumbers } from './cued-numbers';
import { findLooseNhsNumbers, findNhsNumbers, findNinos, findUpns } from './numbers';
import { findListedPlaces, findLoosePlaces } from './listed-places';
import { findOrdinaryWordTowns, retypeSurnameTowns } from './ordinary-towns';
import { findCuedPlaces, findKnownPlaces, retypeKnownPlaces } from './places';
import { findNonLatinRuns } from './scripts';
import { findShapedNumbers } from './shaped-numbers';
import { findSocialMediaHandles } from './social-media';
import { findSpeltWords } from './spelt-words';
import { findVehicleRegistrations } from './vehicles';
import { findUnlistedPlaces, inPlaceFrame } from './unlisted-places';
import { townInAgency } from './place-agency';
import { retypePlaceSlots } from './place-slots';
import { clientPeople } from './people';
import { professionalKeys, professionalSpans, professionalSurnames } from './professionals';
import { applyFindings, joinNeighbours, resolveOverlaps, toOriginalOffsets } from './resolve';
import { findKnownSchool, findNamedSchools } from './school';
import { tokenise } from './text';
import {
  overlapsAny,
  type AnonymiseContext,
  type Finding,
  type KnownClient,
  type Span,
} from './types';
import { findUnknownNames, relativesNamed } from './unknown-names';
import { rememberingDuring } from './call-memory';
import { keepSpans } from './keep-terms';

export type {
  AnonymiseContext,
  ClientChild,
  Confidence,
  FamilyMember,
  Finding,
  IdentifierType,
  KnownClient,
  Person,
} from './types';

/** The redacted text and what was redacted, where and why. */
export interface AnonymisedText {
  text: string;
  findings: Finding[];
}

const PLACEHOLDER = /\[(?:[\p{Ll}\p{N}][\p{Ll}\p{N} '’-]*|NHS number|UPN|NI number)\]/gu;

/** Placeholders already in the text (from an earlier pass), which nothing may redact again. */
function placeholderSpans(text: string): Span[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function structuralFindings(
  text: string,
  client: KnownClient,
  context: AnonymiseContext | undefined,
): Finding[] {
  const cued = findCuedNumbers(text);
  // "DBS 001735620481": a number its cue word names is not a phone number dialled abroad.
  const phones = findPhones(text, client, context?.keepPhones).filter(
    (phone) => !(text.startsWith('00', phone.start) && overlapsAny(phone, cued)),
  );
  return [
    ...findEmails(text, professionalSurnames(context), new Set(buildNameIndex(client).keys())),
    ...phones,
    ...findNhsNumbers(text, client),
    ...findLooseNhsNumbers(text),
    ...cued,
    ...findShapedNumbers(text),
    ...findSpeltWords(text),
    ...findChecksumNumbers(text),
    ...findVehicleRegistrations(text),
    ...findSocialMediaHandles(text),
    ...findKnownPlaces(text, client),
    ...findUpns(text, client),
    ...findNinos(text, client),
    ...findPostcodes(text),
    ...findAddressesAbroad(text),
    ...findKnownAddress(text, client),
    ...findStreetAddresses(text),
    ...findLooseAddresses(text),
    ...findKnownSchool(text, client.school),
    ...findNamedSchools(text),
    ...findLandmarkPlaces(text),
    ...findBusinessPlaces(text),
    ...findClubPlaces(text),
    ...findLabelledPlaces(text),
    ...findKindPlaces(text),
  ];
}

const NOTHING_KEPT: ReadonlySet<string> = new Set();

/** Words a public body's or a practice term's name may contain; numbers inside them still go. */
const KEEPABLE_TYPES: ReadonlySet<Finding['type']> = new Set([
  'name',
  'place',
  'school',
  'address',
]);

/** True when a word-like finding lies wholly inside a kept name ("Wiltshire" in "Wiltshire Police"). */
function insideKept(finding: Finding, kept: readonly Span[]): boolean {
  if (!KEEPABLE_TYPES.has(finding.type)) return false;
  return (
    overlapsAny(finding, kept) &&
    kept.some((span) => span.start <= finding.start && finding.end <= span.end)
  );
}

/** One pass of every finder over `text`, overlaps resolved and neighbours joined. */
function detect(
  text: string,
  client: KnownClient,
  context: AnonymiseContext | undefined,
): Finding[] {
  const tokens = tokenise(text);
  const placeholders = placeholderSpans(text);
  const relatives = relativesNamed(text);
  const profKeys = new Set([...professionalKeys(context)].filter((key) => !relatives.has(key)));
  const dates = findDates(text, client);
  const structural = [...structuralFindings(text, client, context), ...dates.findings];
  const towns = [
    ...findTownsInAddresses(text, client, structural),
    ...findTownsBeforePostcodes(text, structural),
  ];
  const kept = keepSpans(text, tokens, context);
  const blocked = [
    ...placeholders,
    ...kept,
    ...professionalSpans(text, tokens, context, buildNameIndex(client), relatives),
    ...dates.kept,
  ];
  // "stays at Dougie's house": a name in the possessive before a home or a relative is a person's.
  const cuedPlaces = findCuedPlaces(text, NOTHING_KEPT, blocked).filter(
    (place) => !isPossessiveOwner(text, tokens, place),
  );
  const anchors = [...structural, ...towns, ...cuedPlaces].filter(
    (finding) => finding.type === 'place' || finding.type === 'address',
  );
  const listedPlaces = [
    ...findListedPlaces(text, tokens, blocked, anchors),
    ...findOrdinaryWordTowns(text, tokens, blocked),
  ];
  // A listed town after a cue is a place, not a stranger's name ("previously from Helston").
  const unknownNames = findUnknownNames(text, tokens, blocked, profKeys).filter(
    (name) => !overlapsAny(name, listedPlaces) && !townInAgency(text, name),
  );
  const known = [
    ...findKnownNames(text, client, tokens, blocked, profKeys),
    ...findInitials(text, clientPeople(client), blocked),
  ];
  // Any other listed town, unless something surer covers it (a client's or titled name "Preston").
  const loosePlaces = findLoosePlaces(text, tokens, blocked, [
    ...structural,
    ...towns,
    ...known,
    ...unknownNames.filter((name) => name.confidence !== 'low'),
    ...cuedPlaces,
    ...listedPlaces,
  ]);
  const likelyNames = [
    ...known,
    ...unknownNames.filter((name) => name.confidence !== 'low' || !overlapsAny(name, loosePlaces)),
  ];
  // Then any other capitalised name after "in", "from" or "to" that nothing else explains: a
  // low-confidence guess at a stranger's name there ("moved to Hayes") is more likely a place.
  const unlistedPlaces = findUnlistedPlaces(text, tokens, blocked, [
    ...structural,
    ...towns,
    ...likelyNames.filter((name) => name.confidence !== 'low' || !inPlaceFrame(text, name)),
    ...cuedPlaces,
    ...listedPlaces,
    ...loosePlaces,
  ]);
  // A country is never proposed nor guessed as a stranger's name ("left for New Zealand", decision
  // 0070); a name guess before ", Germany" is the town there (place-slots.ts).
  const countries = countryWords(text, tokens);
  const names = likelyNames.filter(
    (name) => name.confidence !== 'low' || !overlapsAny(name, unlistedPlaces),
  );
  const candidates = [
    ...structural,
    ...towns,
    ...names,
    ...findNonLatinRuns(text),
    ...cuedPlaces,
    ...listedPlaces,
    ...loosePlaces,
    ...unlistedPlaces,
  ].filter(
    (finding) =>
      !overlapsAny(finding, placeholders) &&
      !insideKept(finding, kept) &&
      // "I spoke to Yvonne Street": a known professional's full name is no street.
      !(finding.type === 'address' && insideKept(finding, blocked)),
  );
  const resolved = resolveOverlaps(candidates);
  const neighbours = findNameNeighbours(text, tokens, buildNameIndex(client), resolved).filter(
    (finding) => !overlapsAny(finding, blocked),
  );
  return joinNeighbours(
    text,
    retypePlaceSlots(
      text,
      countries,
      retypeSurnameTowns(
        text,
        retypeTownsAfterAddresses(
          text,
          retypeKnownPlaces(resolveOverlaps([...resolved, ...neighbours]), client),
        ),
      ),
    ),
  );
}

/** Fuzzing never needed more than two extra passes to settle; the cap only bounds the work. */
const MAX_EXTRA_PASSES = 3;

/**
 * Redacts client identifiers from `text`. Finds every known name of the child, siblings and
 * family members and its variants; dates of birth and the expected date of delivery; addresses and
 * postcodes; NHS numbers, UPNs and National Insurance numbers (with their check rules); phone
 * numbers and e-mail addresses; the child's school — and names, numbers and addresses the user
 * never typed into the record. Keeps `context.knownProfessionals`, roles, agencies, policy terms
 * and meeting dates. Findings are disjoint, sorted by start, with offsets into `text`.
 *
 * Deterministic and idempotent: the finders run again over their own output until it yields
 * nothing new (a redaction can change what its neighbours look like), so anonymising the output
 * changes nothing.
 */
export function anonymise(
  text: string,
  client: KnownClient,
  context?: AnonymiseContext,
): AnonymisedText {
  return rememberingDuring(() => anonymiseOnce(text, client, context));
}

function anonymiseOnce(
  text: string,
  client: KnownClient,
  context?: AnonymiseContext,
): AnonymisedText {
  let findings = detect(text, client, context);
  for (let pass = 0; pass < MAX_EXTRA_PASSES; pass += 1) {
    const output = applyFindings(text, findings);
    // A phone's cue is read on the note as written: a later pass, its agency's name now a
    // placeholder, would take the agency's line for a family's.
    const extra = toOriginalOffsets(text, findings, detect(output, client, context)).filter(
      (found) => found.type !== 'phone',
    );
    if (extra.length === 0) return { text: output, findings };
    findings = joinNeighbours(text, resolveOverlaps([...findings, ...extra]));
  }
  return { text: applyFindings(text, findings), findings };
}
