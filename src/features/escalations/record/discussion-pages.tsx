// Log a discussion, and correct one already logged. A correction never changes the original: it is
// a new entry that points at it, and both are shown on the record page.
import { Link, useParams } from 'react-router';
import type { IsoDateTime } from '../../../domain/calendar/iso-date';
import type { Discussion } from '../../../domain/escalation/escalation';
import { discussionLog } from '../../../domain/escalation/escalation-queries';
import { longDateTime } from '../../../domain/escalation/escalation-text';
import { usePageTitle } from '../../../ui/page-title';
import { DiscussionFields } from './discussion-fields';
import {
  amendDiscussionSchema,
  logDiscussionSchema,
  newDiscussionValues,
  toDiscussionInput,
  valuesFromDiscussion,
} from './discussion-form-schema';
import { BoundTextArea } from './bound-fields';
import { inputId } from './form-errors';
import { ADD_PERSON_ID } from './people-fields';
import { foldCorrection } from './record-text';
import { RecordFormFrame } from './record-form-frame';
import type { OpenRecord } from './use-open-record';
import { useRecordForm } from './use-record-form';

const RENAMES = { heldAt: 'heldDate', withWhom: 'people' };

function discussionInputId(name: string): string {
  return name === 'people' || name === 'people.root' ? ADD_PERSON_ID : inputId(name);
}

export function LogDiscussionPage({ open }: { open: OpenRecord }) {
  const state = useRecordForm({
    open,
    formId: 'discuss',
    schema: logDiscussionSchema,
    defaultValues: (opened) => newDiscussionValues(opened, new Date().toISOString() as IsoDateTime),
    toCommand: (values) => ({ type: 'note-discussion', discussion: toDiscussionInput(values) }),
    successMessage: () => 'Discussion logged',
    renames: RENAMES,
    idFor: discussionInputId,
  });
  return (
    <RecordFormFrame state={state} title="Log a discussion" submitLabel="Save the discussion">
      <DiscussionFields form={state.form} opened={state.opened} />
    </RecordFormFrame>
  );
}

function AmendDiscussionForm({ open, original }: { open: OpenRecord; original: Discussion }) {
  const entry = discussionLog(open.record.discussions).find((e) => e.original.id === original.id);
  const state = useRecordForm({
    open,
    formId: `amend-${original.id}`,
    schema: amendDiscussionSchema,
    defaultValues: () => valuesFromDiscussion(entry?.current ?? original),
    toCommand: (values) => ({
      type: 'amend-discussion',
      amends: original.id,
      discussion: {
        ...toDiscussionInput(values),
        summary: foldCorrection(values.summary, values.whatWasWrong),
      },
    }),
    successMessage: () => `Correction to discussion ${original.sequence} saved`,
    renames: RENAMES,
    idFor: discussionInputId,
  });
  const intro = (
    <p>
      You are correcting discussion {original.sequence}, held on {longDateTime(original.heldAt)}.
      The original entry is kept, and your correction is shown under it.
    </p>
  );
  return (
    <RecordFormFrame
      state={state}
      title="Correct a discussion"
      submitLabel="Save the correction"
      intro={intro}
    >
      <BoundTextArea
        form={state.form}
        name="whatWasWrong"
        label="What was wrong with the entry?"
        hint="For example: wrong date, or the summary left out the agreed home visit."
        rows={3}
      />
      <DiscussionFields form={state.form} opened={state.opened} />
    </RecordFormFrame>
  );
}

function DiscussionNotFound() {
  usePageTitle('Discussion not found');
  return (
    <>
      <h1>Discussion not found</h1>
      <p>This record has no discussion at that address. It may have been typed wrongly.</p>
      <p>
        <Link className="link-standalone" to="..">
          Back to the record
        </Link>
      </p>
    </>
  );
}

export function AmendDiscussionPage({ open }: { open: OpenRecord }) {
  const { discussionId } = useParams();
  const { discussions } = open.record;
  const chosen = discussions.find((discussion) => discussion.id === discussionId);
  // A correction is always made to the original, so every correction is shown with it.
  const original = chosen?.amends
    ? discussions.find((discussion) => discussion.id === chosen.amends)
    : chosen;
  if (original === undefined) return <DiscussionNotFound />;
  return <AmendDiscussionForm key={original.id} open={open} original={original} />;
}
