// The building blocks of a policy pack (docs/policy-pack-format.md): each is a strict zod schema,
// so a field the format does not define is an error rather than silently ignored.
import { z } from 'zod';
import { agencyTypeSchema, roleAppliesToSchema } from './agency-type';
import { partialDateSchema } from './partial-date';
import { timescaleSchema } from './timescale';

/** What in an escalation record fills a notification field (`free-text`: typed at notify time). */
export const fieldBindings = [
  'escalation-date',
  'notification-date',
  'case-reference',
  'client-group',
  'stage',
  'raising-agency',
  'receiving-agency',
  'professionals',
  'categories',
  'issue',
  'outcome-sought',
  'timescale-sought',
  'discussions',
  'actions-taken',
  'outcome',
  'outstanding-issues',
  'feedback',
  'learning',
  'date-referred-to-partnership',
  'completed-by',
  'free-text',
] as const;

/**
 * Builds the schemas. They are built on first use ({@link packParts}), not when this module loads:
 * a guide that shows only the built-in packs (checked when the app was built) never needs them,
 * and building them was the longest task of a guide's first load on a phone.
 */
function buildPackParts() {
  /** Non-empty text; surrounding spaces are not allowed so facts compare exactly. */
  const textSchema = z
    .string()
    .min(1)
    .refine((value) => value.trim() === value, { error: 'must not start or end with spaces' });

  /** A kebab-case identifier: lower-case letters and digits joined by single hyphens. */
  const idSchema = z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not an id; use lower-case letters, digits and single hyphens, e.g. stage-one`,
    })
    .max(80);

  /**
   * Where in the source document a fact or a piece of guidance comes from: the section number with
   * "§" where the source numbers its sections (`§4.2`), otherwise the heading as printed (`Step 3`).
   */
  const sourceSchema = textSchema.max(200);

  /** One piece of guidance in the app's own words, citing the source section it comes from. */
  const guidanceSchema = z.strictObject({ text: textSchema, source: sourceSchema });

  /** A checklist item: something to do, with an id so a record can note that it was done. */
  const actionSchema = z.strictObject({
    id: idSchema,
    text: textSchema,
    source: sourceSchema,
    /** Set when the source gives this one action its own timescale. */
    timescale: timescaleSchema().nullable().default(null),
  });

  /** A role as the source titles it, and which agency type it belongs to (`any` for every agency). */
  const stageRoleSchema = z.strictObject({
    appliesTo: roleAppliesToSchema(),
    role: textSchema,
    source: sourceSchema,
  });

  /** A named area of disagreement, worded as the source words it. */
  const categorySchema = z.strictObject({
    id: idSchema,
    label: textSchema,
    source: sourceSchema,
  });

  /** Something the policy does not cover, and where such a matter goes instead. */
  const scopeNoteSchema = z.strictObject({
    id: idSchema,
    kind: z.enum(['conduct-concern', 'single-agency-dispute', 'other']),
    text: textSchema,
    goesTo: textSchema.nullable(),
    source: sourceSchema,
  });

  /** A timescale that applies to the whole escalation rather than one stage. */
  const overallTimescaleSchema = z.strictObject({
    timescale: timescaleSchema(),
    source: sourceSchema,
    note: textSchema.nullable(),
  });

  /** One ordered stage of the escalation. Its position in `stages` is its order. */
  const stageSchema = z.strictObject({
    id: idSchema,
    label: textSchema.nullable(),
    title: textSchema,
    titleFromSource: z.boolean(),
    whoActs: guidanceSchema,
    roles: z.array(stageRoleSchema).default([]),
    directoryIds: z.array(idSchema).default([]),
    actions: z.array(actionSchema).min(1),
    records: z.array(guidanceSchema).default([]),
    timescale: timescaleSchema(),
    timescaleSource: sourceSchema,
    timescaleNote: textSchema.nullable().default(null),
    notifiesPartnership: z.boolean(),
    partnershipNote: guidanceSchema.nullable().default(null),
    ifUnresolved: z.strictObject({
      text: textSchema,
      source: sourceSchema,
      nextStageId: idSchema.nullable(),
    }),
  });

  /** A shortcut past the ordinary stages when a child or adult is in danger now. */
  const urgentRouteSchema = z.strictObject({
    id: idSchema,
    situation: z.enum(['imminent-risk', 'suspected-non-accidental-injury', 'other']),
    title: textSchema,
    when: guidanceSchema,
    timescale: timescaleSchema(),
    timescaleSource: sourceSchema,
    actions: z.array(actionSchema).min(1),
    roles: z.array(stageRoleSchema).default([]),
    directoryIds: z.array(idSchema).default([]),
  });

  /** A process for disagreement at one point of the child protection system. */
  const specificProcessSchema = z.strictObject({
    id: idSchema,
    topic: z.enum([
      'referral',
      'need-for-conference',
      'at-conference',
      'implementing-plan',
      'other',
    ]),
    number: textSchema.nullable(),
    title: textSchema,
    appliesWhen: guidanceSchema.nullable(),
    steps: z.array(guidanceSchema).min(1),
    roles: z.array(stageRoleSchema).default([]),
  });

  /** One professional's escalation ladder: who they go to next, rung by rung, as the source lists them. */
  const escalationLadderSchema = z
    .strictObject({
      id: idSchema,
      agencyType: agencyTypeSchema(),
      agency: textSchema.nullable(),
      professional: textSchema.nullable(),
      rungs: z.array(textSchema).min(1),
      note: guidanceSchema.nullable().default(null),
      source: sourceSchema,
    })
    .refine((ladder) => ladder.agency !== null || ladder.professional !== null, {
      error: 'needs an agency or a professional (or both) to say whose ladder it is',
    });

  /**
   * One row of a contact table: an agency and a role, for staff of `agencyType` (`any`: everyone).
   * There is deliberately no field for a person's name: people move on, roles stay.
   */
  const directoryEntrySchema = z.strictObject({
    id: idSchema,
    agency: textSchema,
    agencyType: roleAppliesToSchema(),
    role: textSchema,
    mailbox: z.email({ error: 'is not an e-mail address' }).nullable().default(null),
    phone: textSchema.nullable().default(null),
    note: textSchema.nullable().default(null),
    correction: textSchema.nullable().default(null),
  });

  const directoryBase = {
    id: idSchema,
    title: textSchema,
    published: partialDateSchema(),
    source: sourceSchema,
    notes: z.array(guidanceSchema).default([]),
  };

  /** A dated directory: per-agency escalation ladders, or a table of contacts. */
  const directorySchema = z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('escalation-ladders'),
      ...directoryBase,
      ladders: z.array(escalationLadderSchema).min(1),
    }),
    z.strictObject({
      kind: z.literal('contacts'),
      purpose: z.enum(['senior-liaison-officers', 'nominated-contacts', 'safeguarding-leads']),
      ...directoryBase,
      entries: z.array(directoryEntrySchema).min(1),
    }),
  ]);

  /** One field (or table column) of the notification form, in order, with its exact label. */
  const notificationFieldSchema = z.strictObject({
    id: idSchema,
    label: textSchema,
    binding: z.enum(fieldBindings),
    required: z.boolean(),
    help: textSchema.nullable().default(null),
  });

  /** The form a manager sends to the partnership, and when, by whom, to whom and how. */
  const notificationFormSchema = z.strictObject({
    id: idSchema,
    title: textSchema,
    origin: z.enum(['partnership', 'reconstructed', 'app-designed']),
    originNote: textSchema.nullable().default(null),
    source: sourceSchema,
    layout: z.enum(['table-row', 'form']),
    completedBy: guidanceSchema,
    trigger: z.strictObject({
      event: z.enum(['stage-reached', 'resolved', 'unresolved']),
      atStageId: idSchema.nullable(),
      text: textSchema,
      source: sourceSchema,
    }),
    recipient: z.strictObject({
      role: textSchema,
      mailbox: z.email({ error: 'is not an e-mail address' }).nullable(),
      source: sourceSchema,
    }),
    sending: z.array(guidanceSchema).default([]),
    fields: z.array(notificationFieldSchema).min(1),
  });

  /** A blank a service fills in with its own contact ("In my service this is …"). */
  const localSlotSchema = z.strictObject({
    id: idSchema,
    label: textSchema,
    stageId: idSchema.nullable(),
    prompt: textSchema,
    example: textSchema.nullable().default(null),
    /** Which agency type the example fits (e.g. an early years role); `any` shows it to everyone. */
    exampleAppliesTo: roleAppliesToSchema().default('any'),
    origin: z.enum(['source', 'app-designed']),
    source: sourceSchema,
  });

  /** Another document the source points readers to. */
  const relatedDocumentSchema = z.strictObject({ title: textSchema, source: sourceSchema });
  return {
    textSchema,
    idSchema,
    sourceSchema,
    guidanceSchema,
    actionSchema,
    stageRoleSchema,
    categorySchema,
    scopeNoteSchema,
    overallTimescaleSchema,
    stageSchema,
    urgentRouteSchema,
    specificProcessSchema,
    escalationLadderSchema,
    directoryEntrySchema,
    directorySchema,
    notificationFieldSchema,
    notificationFormSchema,
    localSlotSchema,
    relatedDocumentSchema,
  };
}

/** The schemas of a pack's parts, by name. */
export type PackParts = ReturnType<typeof buildPackParts>;

let built: PackParts | undefined;

/** The schemas of a pack's parts, built the first time they are asked for. */
export function packParts(): PackParts {
  built ??= buildPackParts();
  return built;
}
