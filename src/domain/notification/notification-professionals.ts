// What the form prints about the professionals involved: their names, roles and agencies, the
// raising professional's role and agency, and the people each discussion was held with. All of it
// was typed by the user, so it may hold a client's details: each printed value is a review item,
// printed only in its reviewed form (professionals' names are kept by the review, not here).
import type { Discussion, Professional } from '../escalation/escalation';
import {
  fixed,
  joinValues,
  labelled,
  reviewed,
  type DraftContext,
  type DraftValue,
  type ReviewItem,
} from './notification-draft';
import { methodInText } from '../record-vocabulary';
import { methodLabel, professionalLine, shortDateOf } from './notification-wording';

type Person = Discussion['withWhom'][number];

/** A review item to be: where its text is printed, and what the review screen calls it. */
type Line = Pick<ReviewItem, 'key' | 'label' | 'text'>;

/** "Discussion on 3 Nov 2026 (phone call)", naming a discussion without its content. */
export function discussionLabel(entry: Discussion): string {
  const how = methodInText(entry.method);
  return `Discussion on ${shortDateOf(entry.heldAt)}${how ? ` (${how})` : ''}`;
}

function personInDiscussion(person: Person): string {
  const detail = [person.role, person.agency].map((part) => part.trim()).filter(Boolean);
  return detail.length > 0 ? `${person.name} (${detail.join(', ')})` : person.name;
}

/** The lines, one a line, each text once (the first line with that text gives its review key). */
function linesValue(lines: readonly Line[]): DraftValue {
  const seen = new Set<string>();
  const unique = lines.filter((line) => {
    if (line.text === '' || seen.has(line.text)) return false;
    seen.add(line.text);
    return true;
  });
  return joinValues(unique.map((line) => reviewed(line.key, line.label, line.text)));
}

type ProfessionalsContext = Pick<DraftContext, 'escalation' | 'notifierName'>;

/** The notifying professional (the user), named with the raising role and agency, when named. */
function notifierLines({ escalation, notifierName }: ProfessionalsContext): Line[] {
  const name = notifierName?.trim() ?? '';
  if (name === '') return [];
  return [
    {
      key: 'notifier',
      label: 'You, the notifying professional: name, role and agency',
      text: professionalLine({ name, ...escalation.raisedBy }),
    },
  ];
}

function professionalLines({ escalation }: Pick<DraftContext, 'escalation'>): Line[] {
  return escalation.professionals.map((person, index) => ({
    key: `professionals.${person.id}`,
    label: `Professional ${index + 1}: name, role and agency`,
    text: professionalLine(person),
  }));
}

/**
 * The professionals involved, one a line ("name, role, agency"), each reviewed: the notifying
 * professional first (when My service names them), then the record's professionals.
 */
export function recordProfessionalsValue(context: ProfessionalsContext): DraftValue {
  return linesValue([...notifierLines(context), ...professionalLines(context)]);
}

/**
 * The people a discussion was held with, as its heading names them ("Name (role, agency)", joined
 * by "; "), reviewed as one value; nothing when there is nobody.
 */
export function discussionPeopleValue(entry: Discussion): DraftValue {
  return reviewed(
    `discussion.${entry.id}.withWhom`,
    `${discussionLabel(entry)}: with whom (names, roles and agencies)`,
    entry.withWhom.map(personInDiscussion).join('; '),
  );
}

/**
 * The notifying professional (when named) and the people the discussions were held with, one a
 * line ("name, role, agency"), each once. A person
 * printed exactly as one of the record's professionals shares that professional's review item;
 * anyone else is reviewed as `discussion.<id>.withWhom.<n>`.
 */
export function discussionProfessionalsValue(
  context: ProfessionalsContext,
  discussions: readonly Discussion[],
): DraftValue {
  const known = professionalLines(context);
  const lines = discussions.flatMap((entry) =>
    entry.withWhom.map((person: Person, index): Line => {
      const text = professionalLine(person);
      return (
        known.find((line) => line.text === text) ?? {
          key: `discussion.${entry.id}.withWhom.${index}`,
          label: `${discussionLabel(entry)}: professional ${index + 1} (name, role and agency)`,
          text,
        }
      );
    }),
  );
  return linesValue([...notifierLines(context), ...lines]);
}

/** The raising professional's role and agency, reviewed. */
export function raisingAgencyValue({ escalation }: Pick<DraftContext, 'escalation'>): DraftValue {
  return reviewed(
    'raisedBy',
    'Raising professional: role and agency',
    professionalLine({ name: '', ...escalation.raisedBy }),
  );
}

/** The agencies of the record's professionals other than the raising agency, each once, reviewed. */
export function receivingAgenciesValue({
  escalation,
}: Pick<DraftContext, 'escalation'>): DraftValue {
  const raising = escalation.raisedBy.agency.trim();
  const lines = escalation.professionals.map((person: Professional, index): Line => ({
    key: `professionals.${person.id}.agency`,
    label: `Professional ${index + 1}: agency`,
    text: person.agency.trim(),
  }));
  return linesValue(lines.filter((line) => line.text !== raising));
}

/** "3 Nov 2026 – Phone call with …" (and " – stage", when given): a discussion's heading. */
export function discussionHeading(entry: Discussion, stage: string | null): DraftValue {
  return [
    ...fixed(`${shortDateOf(entry.heldAt)} – ${methodLabel(entry.method)}`),
    ...labelled(' with ', discussionPeopleValue(entry)),
    ...fixed(stage ? ` – ${stage}` : ''),
  ];
}
