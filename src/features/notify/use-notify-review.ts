// The review in progress: loaded from its encrypted draft, reconciled with the record as it is now,
// shown field by field with the anonymiser's proposals, and autosaved on every change.
import { useMemo, useState, useEffect } from 'react';
import { useDraftAutosave } from '../../data/drafts-repository';
import {
  loadReview,
  REVIEW_FORM_ID,
  reviewDraftId,
  type FieldReviewDraft,
  type NotificationReviewDraft,
} from '../../data/notifications-repository-review';
import type { ClientIdentity } from '../../domain/escalation/escalation';
import {
  freeTextFieldsForReview,
  type NotificationSource,
} from '../../domain/notification/notification-model';
import { createProposer } from './proposals';
import {
  decide,
  finalText,
  freshField,
  hideSpans,
  isChecked,
  reconcileReview,
  showSpan,
  type FieldView,
  type ReviewNotice,
  type Span,
} from './review';

/** What the review screen can change in one field. */
export interface ReviewActions {
  decide(key: string, finding: Span, hide: boolean): void;
  hide(key: string, spans: readonly Span[]): void;
  show(key: string, span: Span): void;
  type(key: string, text: string): void;
  check(key: string, checked: boolean): void;
}

export interface ReviewFieldView extends FieldView {
  /** The anonymiser could not read this text: the user must look for identifiers alone. */
  anonymiserFailed: boolean;
}

export type ReviewState =
  | { status: 'loading' }
  | {
      status: 'ready';
      views: ReviewFieldView[];
      notice: ReviewNotice | null;
      complete: boolean;
      checkedCount: number;
      reviewedAt: string;
      actions: ReviewActions;
    };

type Loaded = { escalationId: string; draft: NotificationReviewDraft | undefined; at: string };

function useStoredReview(escalationId: string) {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let current = true;
    const settle = (draft: NotificationReviewDraft | undefined) => {
      if (current) setLoaded({ escalationId, draft, at: new Date().toISOString() });
    };
    void loadReview(escalationId).then(settle, () => settle(undefined));
    return () => {
      current = false;
    };
  }, [escalationId]);
  return [loaded?.escalationId === escalationId ? loaded : undefined, setLoaded] as const;
}

/** The review of a record's free text for its notification, live as the record changes. */
export function useNotifyReview(
  source: NotificationSource & { client: ClientIdentity | null },
): ReviewState {
  const { escalation, discussions, pack, client } = source;
  const escalationId = escalation.id;
  const [loaded, setLoaded] = useStoredReview(escalationId);
  const [lastNotice, setLastNotice] = useState<ReviewNotice | null>(null);
  const autosave = useDraftAutosave(reviewDraftId(escalationId), REVIEW_FORM_ID);
  const items = useMemo(
    () => freeTextFieldsForReview({ escalation, discussions, pack }),
    [escalation, discussions, pack],
  );
  const propose = useMemo(
    () => createProposer(client, escalation.professionals),
    [client, escalation.professionals],
  );
  const reconciled = useMemo(
    () =>
      loaded &&
      reconcileReview(
        loaded.draft,
        items,
        { escalationId, revision: escalation.revision },
        loaded.at,
      ),
    [loaded, items, escalationId, escalation.revision],
  );
  const views = useMemo(
    () =>
      reconciled
        ? items.map((item): ReviewFieldView => {
            const field = reconciled.review.fields[item.key] ?? freshField(item.text);
            const { findings, failed } = propose(field.source);
            const final = finalText(findings, field);
            const checked = isChecked(field, final);
            return { item, field, findings, final, checked, anonymiserFailed: failed };
          })
        : [],
    [reconciled, items, propose],
  );

  if (!reconciled) return { status: 'loading' };
  const { review, notice } = reconciled;

  function change(
    key: string,
    update: (field: FieldReviewDraft, final: string) => FieldReviewDraft,
  ) {
    const view = views.find((candidate) => candidate.item.key === key);
    if (!view) return;
    const at = new Date().toISOString();
    const next: NotificationReviewDraft = {
      ...review,
      updatedAt: at,
      fields: { ...review.fields, [key]: update(view.field, view.final) },
    };
    if (notice) setLastNotice(notice);
    setLoaded({ escalationId, draft: next, at });
    autosave.schedule(next);
  }

  const actions: ReviewActions = {
    decide: (key, finding, hide) => change(key, (field) => decide(field, finding, hide)),
    hide: (key, spans) => change(key, (field) => hideSpans(field, spans)),
    show: (key, span) => change(key, (field) => showSpan(field, span)),
    type: (key, text) => change(key, (field) => (text === field.source ? field : freshField(text))),
    check: (key, checked) =>
      change(key, (field, final) => ({ ...field, checkedFinal: checked ? final : null })),
  };
  const checkedCount = views.filter((view) => view.checked).length;
  const complete = checkedCount === views.length;
  return {
    status: 'ready',
    views,
    notice: notice ?? (complete ? null : lastNotice),
    complete,
    checkedCount,
    reviewedAt: review.updatedAt,
    actions,
  };
}
