// The review in progress: loaded from its encrypted draft with the case's list of hidden and kept
// terms, reconciled with the record as it is now, shown field by field and term by term with the
// proposals, and autosaved on every change.
import { useMemo, useState, useEffect } from 'react';
import { readCaseTerms, updateCaseTerms } from '../../data/case-identifiers-repository';
import { useDraftAutosave } from '../../data/drafts-repository';
import {
  loadReview,
  REVIEW_FORM_ID,
  reviewDraftId,
  type NotificationReviewDraft,
} from '../../data/notifications-repository-review';
import type { ClientIdentity } from '../../domain/escalation/escalation';
import type { PolicyPack } from '../../domain/policy/policy-pack';
import {
  freeTextFieldsForReview,
  type NotificationSource,
} from '../../domain/notification/notification-model';
import {
  forgetTerm,
  hideEverywhere,
  isHiddenTerm,
  keepEverywhere,
  NO_CASE_TERMS,
  type CaseTerms,
} from '../../domain/redaction/case-terms';
import { packKeepList } from '../../domain/redaction/pack-keep-list';
import { createProposer } from '../../domain/redaction/proposals';
import {
  decide,
  freshField,
  hideSpans,
  reconcileReview,
  showSpan,
  type FieldReview,
  type ReviewNotice,
  type Span,
} from '../../domain/redaction/review-rules';
import {
  reviewViews,
  schoolAgency,
  type ReviewedFieldView,
} from '../../domain/redaction/review-views';
import { clearTermDecisions, type TermGroup } from '../../domain/redaction/term-groups';
import { termKey } from '../../domain/redaction/term-search';
import { useReadAhead, type ReadingProgress } from './use-read-ahead';

/** What the review screen can change in one field, or for a term across the case. */
export interface ReviewActions {
  decide(key: string, finding: Span, hide: boolean): void;
  hide(key: string, spans: readonly Span[]): void;
  show(key: string, span: Span): void;
  type(key: string, text: string): void;
  check(key: string, checked: boolean): void;
  /** Hides `text` in every field of this and every later notification of the case. */
  hideEverywhere(text: string, details?: Pick<TermGroup, 'type' | 'replacement'>): void;
  /** Keeps `text` in every field of this and every later notification of the case. */
  keepEverywhere(text: string): void;
  /** Confirms the final text of every field as it reads now. */
  checkAll(): void;
  /** Drops `text` from the case's list, so its default applies again. */
  forget(text: string): void;
}

/** One field as shown; `anonymiserFailed` when the user must look for identifiers alone. */
export type ReviewFieldView = ReviewedFieldView;

export type ReviewState =
  | {
      status: 'loading';
      /** How many fields the anonymiser has read, while it reads them before the first drawing. */
      reading?: ReadingProgress | null;
    }
  | {
      status: 'ready';
      views: ReviewFieldView[];
      groups: TermGroup[];
      terms: CaseTerms;
      /** The child's school when it is also an agency of the record, else null. */
      schoolAgency: string | null;
      /** True when the reviewer hid that school in the agency fields too. */
      schoolAgencyHidden: boolean;
      notice: ReviewNotice | null;
      complete: boolean;
      checkedCount: number;
      reviewedAt: string;
      actions: ReviewActions;
    };

type Loaded = {
  escalationId: string;
  draft: NotificationReviewDraft | undefined;
  terms: CaseTerms;
  /** The case's list when the review opened: only its terms were hidden "earlier in this case". */
  earlier: CaseTerms;
  at: string;
};

function useStoredReview(escalationId: string) {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let current = true;
    const settle = (draft: NotificationReviewDraft | undefined, terms: CaseTerms) => {
      if (current)
        setLoaded({ escalationId, draft, terms, earlier: terms, at: new Date().toISOString() });
    };
    const terms = readCaseTerms(escalationId).catch(() => NO_CASE_TERMS);
    void loadReview(escalationId).then(
      async (draft) => settle(draft, await terms),
      async () => settle(undefined, await terms),
    );
    return () => {
      current = false;
    };
  }, [escalationId]);
  return [loaded?.escalationId === escalationId ? loaded : undefined, setLoaded] as const;
}

/** The review of a record's free text for its notification, live as the record changes. */
export function useNotifyReview(
  source: NotificationSource & { client: ClientIdentity | null; pack: PolicyPack },
): ReviewState {
  const { escalation, discussions, pack, client, notifierName } = source;
  const escalationId = escalation.id;
  const [loaded, setLoaded] = useStoredReview(escalationId);
  const [lastNotice, setLastNotice] = useState<ReviewNotice | null>(null);
  const autosave = useDraftAutosave(reviewDraftId(escalationId), REVIEW_FORM_ID);
  const items = useMemo(
    () => freeTextFieldsForReview({ escalation, discussions, pack, notifierName }),
    [escalation, discussions, pack, notifierName],
  );
  const terms = loaded?.terms ?? NO_CASE_TERMS;
  const earlier = loaded?.earlier ?? NO_CASE_TERMS;
  const propose = useMemo(
    () =>
      createProposer(
        client,
        [...escalation.professionals, ...(notifierName ? [{ name: notifierName }] : [])],
        packKeepList(pack),
      ),
    [client, escalation.professionals, notifierName, pack],
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
  const agencies = useMemo(
    () => [escalation.raisedBy.agency, ...escalation.professionals.map((person) => person.agency)],
    [escalation.raisedBy.agency, escalation.professionals],
  );
  const school = useMemo(() => schoolAgency(client?.school, agencies), [client, agencies]);
  const texts = useMemo(
    () =>
      reconciled && items.map((item) => reconciled.review.fields[item.key]?.source ?? item.text),
    [reconciled, items],
  );
  const reading = useReadAhead(propose, texts);
  const shown = useMemo(
    () =>
      reconciled && !reading
        ? reviewViews(items, reconciled.review.fields, propose, terms, school, agencies, earlier)
        : undefined,
    [reconciled, reading, items, propose, terms, school, agencies, earlier],
  );
  const views = shown?.views ?? [];
  const groups = shown?.groups ?? [];

  if (!reconciled || !loaded || !shown) return { status: 'loading', reading };
  const { review, notice } = reconciled;

  function save(fields: Record<string, FieldReview>, nextTerms: CaseTerms = terms) {
    const at = new Date().toISOString();
    const next: NotificationReviewDraft = { ...review, updatedAt: at, fields };
    if (notice) setLastNotice(notice);
    setLoaded({ escalationId, draft: next, terms: nextTerms, earlier, at });
    autosave.schedule(next);
  }

  function change(key: string, update: (field: FieldReview, final: string) => FieldReview) {
    const view = views.find((candidate) => candidate.item.key === key);
    if (!view) return;
    save({ ...review.fields, [key]: update(view.field, view.final) });
  }

  function changeTerms(text: string, update: (current: CaseTerms) => CaseTerms) {
    const nextTerms = update(terms);
    const key = termKey(text);
    const fields = { ...review.fields };
    for (const view of views)
      fields[view.item.key] = clearTermDecisions(view.field, view.findings, key);
    save(fields, nextTerms);
    // Kept on screen at once; stored with the client details (and again when the notification
    // is prepared), so a failure here loses nothing the reviewer can see.
    updateCaseTerms(escalationId, update).catch(() => undefined);
  }

  const actions: ReviewActions = {
    decide: (key, finding, hide) => change(key, (field) => decide(field, finding, hide)),
    hide: (key, spans) => change(key, (field) => hideSpans(field, spans)),
    show: (key, span) => change(key, (field) => showSpan(field, span)),
    type: (key, text) => change(key, (field) => (text === field.source ? field : freshField(text))),
    check: (key, checked) =>
      change(key, (field, final) => ({ ...field, checkedFinal: checked ? final : null })),
    hideEverywhere: (text, details) =>
      changeTerms(text, (current) => hideEverywhere(current, text, details)),
    keepEverywhere: (text) => changeTerms(text, (current) => keepEverywhere(current, text)),
    forget: (text) => changeTerms(text, (current) => forgetTerm(current, text)),
    checkAll: () =>
      save({
        ...review.fields,
        ...Object.fromEntries(
          views.map((view) => [view.item.key, { ...view.field, checkedFinal: view.final }]),
        ),
      }),
  };
  const checkedCount = views.filter((view) => view.checked).length;
  const complete = checkedCount === views.length;
  return {
    status: 'ready',
    views,
    groups,
    terms: shown.terms,
    schoolAgency: school,
    schoolAgencyHidden: school !== null && isHiddenTerm(terms, school),
    notice: notice ?? (complete ? null : lastNotice),
    complete,
    checkedCount,
    reviewedAt: review.updatedAt,
    actions,
  };
}
