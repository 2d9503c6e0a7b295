// The record's pages, mounted by the app at /escalations/:id/*: the record itself, and one page per
// stage action. Every page gets the record, its pack and the calendar, loaded once here.
import { useState, type ReactElement } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import { describeClosure } from '../../../domain/escalation/escalation-text';
import { usePageTitle } from '../../../ui/page-title';
import { CaseFilePage } from './case-file-page';
import { AmendDiscussionPage, LogDiscussionPage } from './discussion-pages';
import { EditClientPage } from './edit-client-page';
import { EditDetailsPage } from './edit-details-page';
import { EscalatePage } from './escalate-page';
import { FeedbackPage, ReferPage, WithdrawPage } from './reason-pages';
import { RecordPage } from './record-page';
import { ResolvePage } from './resolve-page';
import { useOpenRecord, type OpenRecord, type OpenRecordState } from './use-open-record';
import './record.css';

type Unavailable = Exclude<OpenRecordState, { kind: 'ready' }>;

const UNAVAILABLE_TITLES: Record<Unavailable['kind'], string> = {
  loading: 'Opening the record',
  locked: 'Escalate is locked',
  'not-found': 'Record not found',
  error: 'The record cannot be opened',
};

function RecordUnavailable({ state }: { state: Unavailable }) {
  const title = UNAVAILABLE_TITLES[state.kind];
  usePageTitle(title);
  if (state.kind === 'loading') return <p role="status">Opening the record…</p>;
  return (
    <>
      <h1>{title}</h1>
      {state.kind === 'locked' && <p>Unlock Escalate with your passphrase to see this record.</p>}
      {state.kind === 'not-found' && (
        <p>There is no escalation record on this device at this address.</p>
      )}
      {state.kind === 'error' && <p>{state.message}</p>}
      <p>
        <Link to="/escalations">Go to your escalations</Link>
      </p>
    </>
  );
}

function ClosedRecord({ closure }: { closure: string }) {
  usePageTitle('This record is closed');
  return (
    <>
      <h1>This record is closed</h1>
      <p>
        This escalation was {closure}, so it can no longer be changed. If the concern continues,
        start a new escalation.
      </p>
      <p>
        <Link to="..">Back to the record</Link>
      </p>
    </>
  );
}

/**
 * A stage action, or why it cannot be taken: a closed record never changes. Decided as the page
 * opens, so a form is not swept away when its own save (or another tab's) closes the record.
 */
function WhileOpen({ open, page }: { open: OpenRecord; page: (open: OpenRecord) => ReactElement }) {
  const [closure] = useState(() => describeClosure(open.record.escalation));
  return closure === null ? page(open) : <ClosedRecord closure={closure} />;
}

const ACTION_PAGES: [string, (open: OpenRecord) => ReactElement][] = [
  ['discuss', (open) => <LogDiscussionPage open={open} />],
  ['discussions/:discussionId/amend', (open) => <AmendDiscussionPage open={open} />],
  ['escalate', (open) => <EscalatePage open={open} />],
  ['feedback', (open) => <FeedbackPage open={open} />],
  ['resolve', (open) => <ResolvePage open={open} />],
  ['refer', (open) => <ReferPage open={open} />],
  ['withdraw', (open) => <WithdrawPage open={open} />],
  ['edit', (open) => <EditDetailsPage open={open} />],
  ['client', (open) => <EditClientPage open={open} />],
];

export function RecordRoutes() {
  const { id = '' } = useParams();
  const state = useOpenRecord(id);
  if (state.kind !== 'ready') return <RecordUnavailable state={state} />;
  const { open } = state;
  return (
    <Routes>
      <Route index element={<RecordPage open={open} />} />
      <Route path="case-file" element={<CaseFilePage open={open} />} />
      {ACTION_PAGES.map(([path, page]) => (
        <Route key={path} path={path} element={<WhileOpen key={path} open={open} page={page} />} />
      ))}
      <Route path="*" element={<RecordUnavailable state={{ kind: 'not-found' }} />} />
    </Routes>
  );
}
