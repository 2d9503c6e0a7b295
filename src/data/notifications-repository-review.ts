// The review of a notification in progress, kept as an encrypted draft so a closed tab, a lock or a
// crash loses nothing; validated on the way back in.
import { z } from 'zod';
import { loadDraft, saveDraft } from './drafts-repository';

/** The draft form id of a review in progress. */
export const REVIEW_FORM_ID = 'notify-review';

/** The draft id of the review in progress for one escalation. */
export function reviewDraftId(escalationId: string): string {
  return `notify-review-${escalationId}`;
}

const spanSchema = z.object({ start: z.int().min(0), end: z.int().min(0) });

const fieldReviewSchema = z.object({
  source: z.string(),
  decisions: z.record(z.string(), z.enum(['hide', 'show'])),
  manual: z.array(spanSchema),
  checkedFinal: z.string().nullable(),
});

const reviewDraftSchema = z.object({
  version: z.literal(1),
  escalationId: z.string(),
  recordRevision: z.int(),
  updatedAt: z.string(),
  fields: z.record(z.string(), fieldReviewSchema),
});

/**
 * The user's review of one free-text field as they left it: the text reviewed (the record's, or
 * what they typed), the decisions that differ from the proposed default (by `start:end`), the
 * spans they hid themselves, and the exact final text they confirmed ("I have checked this").
 */
export type FieldReviewDraft = z.infer<typeof fieldReviewSchema>;

/** The review in progress for one escalation, made against one revision of the record. */
export type NotificationReviewDraft = z.infer<typeof reviewDraftSchema>;

/** Saves the review in progress now, sealed (does nothing while locked). */
export async function saveReview(escalationId: string, review: NotificationReviewDraft) {
  await saveDraft(reviewDraftId(escalationId), REVIEW_FORM_ID, review, new Date());
}

/** The review in progress for an escalation, or undefined (also for a damaged or foreign draft). */
export async function loadReview(
  escalationId: string,
): Promise<NotificationReviewDraft | undefined> {
  const stored = await loadDraft<unknown>(reviewDraftId(escalationId));
  const parsed = reviewDraftSchema.safeParse(stored);
  return parsed.success && parsed.data.escalationId === escalationId ? parsed.data : undefined;
}
