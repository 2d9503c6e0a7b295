// Field rules shared by starting a record and changing it: required text, known categories,
// the people involved, and dates. Each returns the cleaned value (text trimmed) or a refusal.
import { isIsoDate, isIsoDateTime, type IsoDate, type IsoDateTime } from '../calendar/iso-date';
import { instantMs } from '../calendar/london-time';
import { ok, type Result } from '../result';
import type { Professional, RaisedBy, Statement } from './escalation';
import { refuse, type EscalationError } from './escalation-error';
import type { PackForMachine } from './escalation-pack';
import { longDate, longDateTime } from './escalation-text';

/** A cleaned value, or why it was refused. */
export type Checked<T> = Result<T, EscalationError>;

/** The longest free text accepted in one field (about three pages). */
export const LONG_TEXT_MAX = 10_000;
/** The longest name, role or agency accepted. */
export const SHORT_TEXT_MAX = 200;

/** `value` trimmed; refused when empty ("Enter {what}") or longer than `max`. */
export function requiredText(
  value: string,
  field: string,
  what: string,
  max = LONG_TEXT_MAX,
): Checked<string> {
  const text = value.trim();
  if (text === '') return refuse('required', `Enter ${what}.`, field);
  return optionalText(text, field, what, max);
}

/** `value` trimmed (may be empty); refused only when longer than `max`. */
export function optionalText(
  value: string,
  field: string,
  what: string,
  max = LONG_TEXT_MAX,
): Checked<string> {
  const text = value.trim();
  if (text.length <= max) return ok(text);
  const message = `The text for ${what} is ${text.length.toLocaleString('en-GB')} characters long; shorten it to ${max.toLocaleString('en-GB')} or fewer, and keep longer material in your agency's own records.`;
  return refuse('too-long', message, field);
}

/** Refuses a value that is not an ISO instant. */
export function checkInstant(value: string, field: string, what: string): Checked<IsoDateTime> {
  if (isIsoDateTime(value)) return ok(value);
  return refuse('invalid-date', `Enter ${what} as a real date and time.`, field);
}

/** Refuses an instant after `now`. */
export function notInFuture(
  at: IsoDateTime,
  now: IsoDateTime,
  field: string,
  what: string,
): Checked<IsoDateTime> {
  if (instantMs(at) <= instantMs(now)) return ok(at);
  const message = `${capitalise(what)} (${longDateTime(at)}) is in the future. Enter when it actually happened; record plans as agreed actions instead.`;
  return refuse('date-in-future', message, field);
}

/** Refuses a date that is not real, or (with `earliest`) is before it. */
export function checkDate(
  value: string,
  field: string,
  what: string,
  bounds: { earliest?: IsoDate; latest?: IsoDate },
): Checked<IsoDate> {
  if (!isIsoDate(value)) return refuse('invalid-date', `Enter ${what} as a real date.`, field);
  if (bounds.earliest !== undefined && value < bounds.earliest) {
    const message = `${capitalise(what)} (${longDate(value)}) is before today. Enter today or a later date, or leave it blank.`;
    return refuse('date-in-past', message, field);
  }
  if (bounds.latest !== undefined && value > bounds.latest) {
    const message = `${capitalise(what)} (${longDate(value)}) is in the future. Enter the date it actually happened.`;
    return refuse('date-in-future', message, field);
  }
  return ok(value);
}

/**
 * The statement, trimmed. Both texts are required; the date the outcome is sought by may be blank
 * but not before `today` (unless it is `unchangedDate`, kept from before, which may have passed).
 */
export function validateStatement(
  statement: Statement,
  today: IsoDate,
  unchangedDate: IsoDate | null = null,
): Checked<Statement> {
  const what = requiredText(
    statement.whatIsEscalated,
    'statement.whatIsEscalated',
    'what is being escalated: the decision or action you disagree with, and why',
  );
  if (!what.ok) return what;
  const outcome = requiredText(
    statement.outcomeSought,
    'statement.outcomeSought',
    'the outcome you are seeking',
  );
  if (!outcome.ok) return outcome;
  const by = statement.outcomeSoughtBy;
  if (by === null || by === unchangedDate) {
    return ok({ whatIsEscalated: what.value, outcomeSought: outcome.value, outcomeSoughtBy: by });
  }
  const date = checkDate(by, 'statement.outcomeSoughtBy', 'the date the outcome is sought by', {
    earliest: today,
  });
  if (!date.ok) return date;
  return ok({
    whatIsEscalated: what.value,
    outcomeSought: outcome.value,
    outcomeSoughtBy: date.value,
  });
}

/**
 * The chosen categories without repeats. Each must be one of the pack's; when the pack lists
 * categories at least one is required (the partnership's notification asks for it).
 */
export function validateCategories(
  categoryIds: readonly string[],
  pack: PackForMachine,
): Checked<string[]> {
  const known = new Set(pack.categories.map((category) => category.id));
  const unknown = categoryIds.find((id) => !known.has(id));
  if (unknown !== undefined) {
    const message = `“${unknown}” is not one of this policy's categories of disagreement. Choose from the categories the policy lists.`;
    return refuse('unknown-category', message, 'categoryIds');
  }
  if (known.size > 0 && categoryIds.length === 0) {
    const message =
      'Choose at least one category of disagreement; if none fits exactly, choose the closest.';
    return refuse('no-category', message, 'categoryIds');
  }
  return ok([...new Set(categoryIds)]);
}

/** A person in a discussion or the record: agency required, and a name or a role (or both). */
export function validatePerson<P extends Omit<Professional, 'id'>>(
  person: P,
  field: string,
): Checked<P> {
  const name = optionalText(person.name, `${field}.name`, 'the name', SHORT_TEXT_MAX);
  if (!name.ok) return name;
  const role = optionalText(person.role, `${field}.role`, 'the role', SHORT_TEXT_MAX);
  if (!role.ok) return role;
  if (name.value === '' && role.value === '') {
    return refuse('required', 'Enter the person’s name or their role (or both).', `${field}.name`);
  }
  const agency = requiredText(person.agency, `${field}.agency`, 'their agency', SHORT_TEXT_MAX);
  if (!agency.ok) return agency;
  return ok({ ...person, name: name.value, role: role.value, agency: agency.value });
}

/** Every person in `people`, checked and trimmed; the field names their position. */
export function validatePeople<P extends Omit<Professional, 'id'>>(
  people: readonly P[],
  field: string,
): Checked<P[]> {
  const checked: P[] = [];
  for (const [index, person] of people.entries()) {
    const result = validatePerson(person, `${field}[${index}]`);
    if (!result.ok) return result;
    checked.push(result.value);
  }
  return ok(checked);
}

/** The person raising the concern: role and agency required. */
export function validateRaisedBy(raisedBy: RaisedBy): Checked<RaisedBy> {
  const role = requiredText(raisedBy.role, 'raisedBy.role', 'your role', SHORT_TEXT_MAX);
  if (!role.ok) return role;
  const agency = requiredText(raisedBy.agency, 'raisedBy.agency', 'your agency', SHORT_TEXT_MAX);
  if (!agency.ok) return agency;
  return ok({ agencyType: raisedBy.agencyType, role: role.value, agency: agency.value });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
