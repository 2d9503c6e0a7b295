// The discussion form (log and correct): what is typed, how it is checked before the rules see it,
// and how it becomes the domain's DiscussionInput. Times are entered and shown in UK time.
import { z } from 'zod';
import { longText, shortText } from '../../../domain/limits';
import { isIsoDate, type IsoDate, type IsoDateTime } from '../../../domain/calendar/iso-date';
import { londonDateOf, londonInstant, londonTimeOf } from '../../../domain/calendar/london-time';
import type { Discussion } from '../../../domain/escalation/escalation';
import type { DiscussionInput } from '../../../domain/escalation/escalation-machine';
import { currentVisit } from '../../../domain/escalation/escalation-queries';
import { agencyTypeSchema } from '../../../domain/policy/agency-type';
import { DISCUSSION_METHODS, unfoldCorrection } from './record-text';
import type { OpenRecord } from './use-open-record';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const blank = (value: string) => value.trim() === '';

const personFields = {
  name: shortText(),
  role: shortText(),
  agency: shortText(),
  agencyType: agencyTypeSchema().nullable(),
};

function checkPerson(
  person: { name: string; role: string; agency: string },
  context: z.RefinementCtx,
): void {
  if (blank(person.name) && blank(person.role)) {
    const message = 'Enter the person’s name or their role (or both)';
    context.addIssue({ code: 'custom', message, path: ['name'] });
  }
  if (blank(person.agency)) {
    context.addIssue({ code: 'custom', message: 'Enter their agency', path: ['agency'] });
  }
}

/** A person the discussion was with: agency, and a name or a role (or both). */
export const personSchema = z.object(personFields).superRefine(checkPerson);

/** A professional on the record: a person with the id the record knows them by ('' when new). */
export const professionalSchema = z
  .object({ ...personFields, id: z.string() })
  .superRefine(checkPerson);

const fields = {
  heldDate: z.string().refine(isIsoDate, 'Enter the date the discussion was held, as a real date'),
  heldTime: z
    .string()
    .regex(TIME, 'Enter the time the discussion was held on the 24-hour clock, for example 14:30'),
  stageId: z.string().min(1, 'Choose the stage the discussion belongs to'),
  people: z.array(personSchema).min(1, 'Add at least one person the discussion was with'),
  method: z.string().pipe(z.enum(DISCUSSION_METHODS, 'Choose how the discussion took place')),
  summary: longText().refine((value) => !blank(value), 'Enter a summary of the discussion'),
  agreedActions: longText(),
  whatWasWrong: longText(),
};

export const logDiscussionSchema = z.object(fields);

export const amendDiscussionSchema = z.object({
  ...fields,
  whatWasWrong: longText().refine(
    (value) => !blank(value),
    'Say what was wrong with the entry you are correcting',
  ),
});

export type DiscussionValues = z.input<typeof logDiscussionSchema>;
export type DiscussionOutput = z.output<typeof logDiscussionSchema>;
export type PersonValues = DiscussionValues['people'][number];

export const EMPTY_PERSON: PersonValues = { name: '', role: '', agency: '', agencyType: null };

/** The discussion as the rules take it; the time is the UK clock time entered. */
export function toDiscussionInput(values: DiscussionOutput): DiscussionInput {
  const [hours = 0, minutes = 0] = values.heldTime.split(':').map(Number);
  return {
    heldAt: londonInstant(values.heldDate as IsoDate, hours * 60 + minutes),
    stageId: values.stageId,
    withWhom: values.people.map(({ name, role, agency, agencyType }) => ({
      name,
      role,
      agency,
      agencyType,
    })),
    method: values.method,
    summary: values.summary,
    agreedActions: values.agreedActions,
  };
}

/** A new discussion: held now, at the current stage, with one blank person. */
export function newDiscussionValues(opened: OpenRecord, now: IsoDateTime): DiscussionValues {
  return {
    heldDate: londonDateOf(now),
    heldTime: londonTimeOf(now),
    stageId: currentVisit(opened.record.escalation)?.stageId ?? '',
    people: [EMPTY_PERSON],
    method: '',
    summary: '',
    agreedActions: '',
    whatWasWrong: '',
  };
}

/** A correction starts from the entry's latest wording, without the earlier correction's note. */
export function valuesFromDiscussion(discussion: Discussion): DiscussionValues {
  return {
    heldDate: londonDateOf(discussion.heldAt),
    heldTime: londonTimeOf(discussion.heldAt),
    stageId: discussion.stageId,
    people: discussion.withWhom.map((person) => ({ ...person })),
    method: discussion.method,
    summary: unfoldCorrection(discussion).summary,
    agreedActions: discussion.agreedActions,
    whatWasWrong: '',
  };
}
