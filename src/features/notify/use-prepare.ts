// "Prepare notification": the model from the reviewed text, the PDF made on the device, and the
// notification recorded in the ledger; and "Make the file again" for one already prepared.
import { useState } from 'react';
import {
  getNotificationsFor,
  recordPreparedNotification,
  type StoredNotification,
} from '../../data/notifications-repository';
import { versionedFileName } from '../../domain/notification/notification-versions';
import type { IsoDateTime } from '../../domain/calendar/iso-date';
import {
  buildNotificationModel,
  type NotificationSource,
} from '../../domain/notification/notification-model';
import { updateCaseTerms } from '../../data/case-identifiers-repository';
import { rememberHiddenTerms } from '../../domain/redaction/term-groups';
import { fileNameFor, makePdfFile, PdfProblem } from './pdf-file';
import { printedReview, reviewedTextOf } from '../../domain/redaction/review-rules';
import type { PreparedFile } from './send-actions';
import type { ReviewState } from './use-notify-review';

export type PrepareStatus =
  | { kind: 'idle' }
  | { kind: 'working'; notificationId: string | null }
  | { kind: 'error'; message: string; notificationId: string | null };

const NOT_SAVED =
  'The PDF was made, but it could not be recorded on this device, so it has not been offered for sending. Check the device has free space, then try again.';

function messageOf(error: unknown): string {
  return error instanceof PdfProblem ? error.message : NOT_SAVED;
}

/** Builds, renders and records notifications; `prepared` is the file ready to send. */
export function usePrepare(source: NotificationSource, review: ReviewState) {
  const [status, setStatus] = useState<PrepareStatus>({ kind: 'idle' });
  const [prepared, setPrepared] = useState<PreparedFile | null>(null);
  const { escalation } = source;

  async function prepare() {
    if (review.status !== 'ready' || !review.complete) return;
    setStatus({ kind: 'working', notificationId: null });
    const generatedAt = new Date().toISOString() as IsoDateTime;
    const result = buildNotificationModel({
      ...source,
      reviewedText: reviewedTextOf(review.views),
      generatedAt,
    });
    if (!result.ok) {
      const labels = result.unreviewed.map((item) => item.label).join(', ');
      setStatus({
        kind: 'error',
        message: `These fields still need checking: ${labels}.`,
        notificationId: null,
      });
      return;
    }
    try {
      // A second version prepared the same day gets a name of its own ("…-v2.pdf").
      const earlier = await getNotificationsFor(escalation.id);
      const fileName = versionedFileName(
        fileNameFor(result.model, generatedAt),
        earlier.map((notification) => notification.fileName),
      );
      const file = await makePdfFile(result.model, fileName);
      const notificationId = await recordPreparedNotification({
        escalation,
        fileName,
        reviewedAt: review.reviewedAt as IsoDateTime,
        review: printedReview(review.views, review.terms),
        model: result.model,
        preparedAt: generatedAt,
      });
      setPrepared({ notificationId, caseRef: escalation.caseRef, file });
      setStatus({ kind: 'idle' });
      // What was hidden in this notification stays hidden in the next (decision 0008).
      const { groups } = review;
      await updateCaseTerms(escalation.id, (terms) => rememberHiddenTerms(terms, groups)).catch(
        () => undefined,
      );
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error), notificationId: null });
    }
  }

  async function remake(notification: StoredNotification) {
    setStatus({ kind: 'working', notificationId: notification.id });
    try {
      const file = await makePdfFile(notification.model, notification.fileName);
      setPrepared({ notificationId: notification.id, caseRef: notification.caseRef, file });
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error), notificationId: notification.id });
    }
  }

  return { status, prepared, prepare, remake };
}
