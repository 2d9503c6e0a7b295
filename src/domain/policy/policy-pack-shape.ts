// The shape of a policy pack file, field by field, before the cross-field rules of
// policy-pack-integrity.ts are applied (docs/policy-pack-format.md).
import { z } from 'zod';
import { partialDateSchema } from './partial-date';
import { packParts } from './policy-pack-parts';

/** The value of `format` in every policy pack file. */
export const POLICY_PACK_FORMAT = 'escalate-policy-pack';

/** The version of the file format this app reads (not the version of any one pack). */
export const POLICY_PACK_FORMAT_VERSION = 1;

/** The largest pack file accepted, in bytes (2 MB); the built-in packs are a few tens of kB. */
export const POLICY_PACK_MAX_BYTES = 2 * 1024 * 1024;

/** Builds the shape's schema from its parts (on first use: see policy-pack-parts.ts). */
function buildPolicyPackShapeSchema() {
  const {
    categorySchema,
    directorySchema,
    guidanceSchema,
    idSchema,
    localSlotSchema,
    notificationFormSchema,
    overallTimescaleSchema,
    relatedDocumentSchema,
    scopeNoteSchema,
    specificProcessSchema,
    stageSchema,
    textSchema,
    urgentRouteSchema,
  } = packParts();
  return z.strictObject({
    format: z.literal(POLICY_PACK_FORMAT),
    formatVersion: z.literal(POLICY_PACK_FORMAT_VERSION),
    id: idSchema,
    version: z.number().int().positive(),
    title: textSchema,
    partnership: z.strictObject({
      name: textSchema,
      shortName: textSchema,
      area: textSchema.nullable(),
      audience: z.enum(['children', 'adults', 'both']),
    }),
    provenance: z.strictObject({
      sourceTitle: textSchema,
      citation: textSchema,
      sourceVersion: textSchema.nullable().default(null),
      published: partialDateSchema().nullable(),
      reviewed: partialDateSchema().nullable(),
      transcriptionNotes: z.array(textSchema).default([]),
      missingFromSource: z.array(textSchema).default([]),
    }),
    principles: z.array(guidanceSchema).default([]),
    categories: z.array(categorySchema).default([]),
    examples: z.array(guidanceSchema).default([]),
    scopeNotes: z.array(scopeNoteSchema).default([]),
    overallTimescale: overallTimescaleSchema.nullable().default(null),
    stages: z.array(stageSchema).min(1),
    urgentRoutes: z.array(urgentRouteSchema).default([]),
    specificProcesses: z.array(specificProcessSchema).default([]),
    advice: z.array(guidanceSchema).default([]),
    recordKeeping: z.array(guidanceSchema).default([]),
    afterResolution: z.array(guidanceSchema).default([]),
    partnershipOversight: z.array(guidanceSchema).default([]),
    directories: z.array(directorySchema).default([]),
    notificationForm: notificationFormSchema,
    localSlots: z.array(localSlotSchema).default([]),
    relatedDocuments: z.array(relatedDocumentSchema).default([]),
  });
}

let shape: ReturnType<typeof buildPolicyPackShapeSchema> | undefined;

/** The schema of a pack file's shape, built the first time it is asked for. */
export function policyPackShapeSchema(): ReturnType<typeof buildPolicyPackShapeSchema> {
  shape ??= buildPolicyPackShapeSchema();
  return shape;
}

/** A pack that has the right shape but has not yet passed the cross-field rules. */
export type PolicyPackShape = z.infer<ReturnType<typeof buildPolicyPackShapeSchema>>;
