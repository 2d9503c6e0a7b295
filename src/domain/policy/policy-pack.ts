// A partnership's escalation policy as versioned, validated data (DESIGN.md §3); the format is
// documented in docs/policy-pack-format.md.
import type { z } from 'zod';
import { checkPackIntegrity } from './policy-pack-integrity';
import { describeIssues, type PolicyPackError } from './policy-pack-errors';
import type { fieldBindings, PackParts } from './policy-pack-parts';
import { POLICY_PACK_MAX_BYTES, policyPackShapeSchema } from './policy-pack-shape';

export {
  POLICY_PACK_FORMAT,
  POLICY_PACK_FORMAT_VERSION,
  POLICY_PACK_MAX_BYTES,
} from './policy-pack-shape';
export type { PolicyPackError } from './policy-pack-errors';

/** The whole pack: its shape, then the cross-field rules (unique ids, references that resolve). */
const buildPolicyPackSchema = () => policyPackShapeSchema().superRefine(checkPackIntegrity);
type PolicyPackSchema = ReturnType<typeof buildPolicyPackSchema>;

let packSchema: PolicyPackSchema | undefined;

/** The pack schema, built the first time a pack is checked (see policy-pack-parts.ts). */
function policyPackSchema(): PolicyPackSchema {
  packSchema ??= buildPolicyPackSchema();
  return packSchema;
}

/** A policy pack as the app uses it, after validation (defaults filled in). */
export type PolicyPack = z.infer<PolicyPackSchema>;
/** A policy pack as written in a file (optional lists may be left out). */
export type PolicyPackInput = z.input<PolicyPackSchema>;
export type Partnership = PolicyPack['partnership'];
export type Provenance = PolicyPack['provenance'];
export type Audience = Partnership['audience'];
export type Guidance = z.infer<PackParts['guidanceSchema']>;
export type SourceRef = z.infer<PackParts['sourceSchema']>;
export type Action = z.infer<PackParts['actionSchema']>;
export type StageRole = z.infer<PackParts['stageRoleSchema']>;
export type Category = z.infer<PackParts['categorySchema']>;
export type ScopeNote = z.infer<PackParts['scopeNoteSchema']>;
export type OverallTimescale = z.infer<PackParts['overallTimescaleSchema']>;
export type Stage = z.infer<PackParts['stageSchema']>;
export type UrgentRoute = z.infer<PackParts['urgentRouteSchema']>;
export type SpecificProcess = z.infer<PackParts['specificProcessSchema']>;
export type Directory = z.infer<PackParts['directorySchema']>;
export type LadderDirectory = Extract<Directory, { kind: 'escalation-ladders' }>;
export type ContactDirectory = Extract<Directory, { kind: 'contacts' }>;
export type EscalationLadder = z.infer<PackParts['escalationLadderSchema']>;
export type DirectoryEntry = z.infer<PackParts['directoryEntrySchema']>;
export type NotificationForm = z.infer<PackParts['notificationFormSchema']>;
export type NotificationTrigger = NotificationForm['trigger'];
export type NotificationField = z.infer<PackParts['notificationFieldSchema']>;
export type FieldBinding = (typeof fieldBindings)[number];
export type LocalSlot = z.infer<PackParts['localSlotSchema']>;
export type RelatedDocument = z.infer<PackParts['relatedDocumentSchema']>;

/** What a pack is, for storing on a record: the pack id and version it started under. */
export interface PackRef {
  readonly id: string;
  readonly version: number;
}

export type PolicyPackResult =
  { ok: true; pack: PolicyPack } | { ok: false; errors: PolicyPackError[] };

/**
 * Validates already-parsed JSON as a policy pack. Every problem is reported with its path
 * (`stages[2].timescale.kind`) and a plain-English message that starts with that path.
 */
export function parsePolicyPack(json: unknown): PolicyPackResult {
  const result = policyPackSchema().safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, errors: describeIssues(result.error.issues) };
}

/**
 * Validates the text of a pack file: refuses anything over 2 MB before reading it, and reports
 * text that is not JSON, then checks the pack as {@link parsePolicyPack} does.
 */
export function parsePolicyPackText(text: string): PolicyPackResult {
  const sizeError = checkPolicyPackSize(utf8Length(text));
  if (sizeError) return { ok: false, errors: [sizeError] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `The file is not valid JSON${detail}. A policy pack is a JSON file; check that you chose the right file and that it was not cut short.`,
        },
      ],
    };
  }
  return parsePolicyPack(json);
}

/** The error for a file over {@link POLICY_PACK_MAX_BYTES}, or null; call it before reading a file. */
export function checkPolicyPackSize(bytes: number): PolicyPackError | null {
  if (bytes <= POLICY_PACK_MAX_BYTES) return null;
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return {
    path: '',
    message: `The file is ${megabytes} MB; a policy pack can be at most 2 MB. Policy packs are small text files, so this is probably not a policy pack.`,
  };
}

/** The pack id and version to store on a record, so a later pack update never rewrites it. */
export function packRef(pack: Pick<PolicyPack, 'id' | 'version'>): PackRef {
  return { id: pack.id, version: pack.version };
}

/** The UTF-8 size of `text` in bytes (a surrogate pair is one four-byte character). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}
