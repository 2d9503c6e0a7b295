// Change the client's details after the start (a sibling, a new address, a nickname learned later)
// as an amendment: who, when and what changed are recorded, and the details as they were are kept.
import { useState } from 'react';
import { useForm, type Control, type Path, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from 'react-router';
import {
  RecordChangedElsewhereError,
  saveClientAmendment,
} from '../../../data/escalations-repository';
import { describeMe, readMyService } from '../../../data/my-service-repository';
import { describeStorageError } from '../../../data/storage-errors';
import type { IsoDateTime } from '../../../domain/calendar/iso-date';
import { amendClientDetails } from '../../../domain/escalation/client-amendment';
import type { ClientIdentity, Person } from '../../../domain/escalation/escalation';
import { ClientDetailsFields } from '../client-details-fields';
import {
  clientDetailsSchema,
  EMPTY_START_VALUES,
  fromClientIdentity,
  toClientIdentity,
  type StartEscalationValues,
} from '../start-escalation-schema';
import { formFieldFor, inputId, problemsFromErrors } from './form-errors';
import type { SaveProblem } from './record-command';
import { RecordFormFrame } from './record-form-frame';
import { recordDraftId, useFormDraft } from './use-form-draft';
import type { OpenRecord } from './use-open-record';

type ClientOutput = ReturnType<typeof clientDetailsSchema.parse>;

function problemOf(error: unknown): SaveProblem {
  if (error instanceof RecordChangedElsewhereError) {
    return { kind: 'changed-elsewhere', message: error.message };
  }
  return { kind: 'storage', message: describeStorageError(error).message };
}

/**
 * Family members' NI and NHS numbers have no field on this form (they come only from a restore or
 * an example record), so a member still listed keeps them rather than losing them silently.
 */
function keepUnlistedDetails(before: ClientIdentity | null, after: ClientIdentity): ClientIdentity {
  if (!before?.familyMembers || !after.familyMembers) return after;
  const same = (a: Person, b: Person) => a.firstName === b.firstName && a.lastName === b.lastName;
  return {
    ...after,
    familyMembers: after.familyMembers.map((member) => {
      const was = before.familyMembers?.find((candidate) => same(candidate, member));
      return {
        ...member,
        ...(was?.nino && { nino: was.nino }),
        ...(was?.nhsNumber && { nhsNumber: was.nhsNumber }),
      };
    }),
  };
}

export function EditClientPage({ open }: { open: OpenRecord }) {
  const [opened] = useState(open);
  const [defaultValues] = useState<StartEscalationValues>(() => ({
    ...EMPTY_START_VALUES,
    ...fromClientIdentity(opened.record.client),
  }));
  const form = useForm<StartEscalationValues, unknown, ClientOutput>({
    // Only the client's details are on this page, so only they are checked.
    resolver: zodResolver(clientDetailsSchema) as unknown as Resolver<
      StartEscalationValues,
      unknown,
      ClientOutput
    >,
    defaultValues,
    shouldFocusError: false,
  });
  const draft = useFormDraft(form, recordDraftId(opened.record.escalation.id, 'client'), 'client');
  const navigate = useNavigate();
  const [saveProblem, setSaveProblem] = useState<SaveProblem>();

  const onSubmit = form.handleSubmit(async (values) => {
    setSaveProblem(undefined);
    const { escalation, client } = opened.record;
    const after = keepUnlistedDetails(opened.record.client, toClientIdentity(values));
    const now = new Date().toISOString() as IsoDateTime;
    const me = describeMe(await readMyService());
    const by = me || `${escalation.raisedBy.role}, ${escalation.raisedBy.agency}`;
    const before = client ?? { child: { firstName: '' } };
    const amended = amendClientDetails({
      escalation,
      before,
      after,
      now,
      by,
      id: crypto.randomUUID(),
    });
    if (!amended.ok) {
      const name = formFieldFor(amended.error.field, () => true) as
        Path<StartEscalationValues> | undefined;
      form.setError(name ?? 'root.domain', { type: 'domain', message: amended.error.message });
      return;
    }
    try {
      await saveClientAmendment({
        escalation: amended.value.escalation,
        expectedRevision: escalation.revision,
        client: after,
        amendment: amended.value.amendment,
        audit: { id: crypto.randomUUID(), escalationId: escalation.id, ...amended.value.audit },
      });
    } catch (error) {
      await draft.flush();
      setSaveProblem(problemOf(error));
      return;
    }
    await draft.discard();
    void navigate('..', {
      state: { message: 'Client details amended. The earlier details are kept.' },
    });
  });

  const state = {
    form,
    opened,
    draft,
    saveProblem,
    problems: problemsFromErrors(form.formState.errors, inputId),
    onSubmit,
  };
  return (
    <RecordFormFrame
      state={state}
      title="Amend the client’s details"
      submitLabel="Save the amendment"
      intro={
        <p>
          Add what you have learned since the start, such as a sibling, a new address or a nickname.
          The record keeps the details as they were, and notes who changed what and when. The next
          notification will hide the new details too.
        </p>
      }
    >
      <ClientDetailsFields
        control={form.control as unknown as Control<StartEscalationValues>}
        register={form.register}
        errors={form.formState.errors}
      />
    </RecordFormFrame>
  );
}
