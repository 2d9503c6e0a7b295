// The actions that need one piece of text: feedback to the person who raised the concern, referral
// to the partnership, and withdrawal. Referral and withdrawal close the record, and say so first.
import type { ReactNode } from 'react';
import { z } from 'zod';
import { longText } from '../../../domain/limits';
import type { EscalationCommand } from '../../../domain/escalation/escalation-machine';
import { BoundTextArea } from './bound-fields';
import { RecordFormFrame } from './record-form-frame';
import type { OpenRecord } from './use-open-record';
import { useRecordForm } from './use-record-form';

interface ReasonFormConfig {
  formId: string;
  title: string;
  label: string;
  hint: string;
  required: string;
  submitLabel: string;
  success: string;
  closesRecord: boolean;
  toCommand: (text: string) => EscalationCommand;
  intro: (open: OpenRecord) => ReactNode;
}

function ClosesWarning({ children }: { children: ReactNode }) {
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <p>
        <span className="visually-hidden">Warning: </span>
        {children}
      </p>
    </div>
  );
}

function ReasonForm({ open, config }: { open: OpenRecord; config: ReasonFormConfig }) {
  const schema = z.object({
    reason: longText().refine((value) => value.trim() !== '', config.required),
  });
  const state = useRecordForm({
    open,
    formId: config.formId,
    schema: schema,
    defaultValues: () => ({ reason: '' }),
    toCommand: ({ reason }) => config.toCommand(reason),
    successMessage: () => config.success,
    renames: { text: 'reason' },
  });
  const intro = (
    <>
      {config.intro(open)}
      {config.closesRecord && (
        <ClosesWarning>
          This closes the record. It cannot be changed or reopened afterwards; if the concern comes
          back, start a new escalation.
        </ClosesWarning>
      )}
    </>
  );
  return (
    <RecordFormFrame
      state={state}
      title={config.title}
      submitLabel={config.submitLabel}
      tone={config.closesRecord ? 'warning' : undefined}
      intro={intro}
    >
      <BoundTextArea form={state.form} name="reason" label={config.label} hint={config.hint} />
    </RecordFormFrame>
  );
}

const FEEDBACK: ReasonFormConfig = {
  formId: 'feedback',
  title: 'Record feedback to the person who raised the concern',
  label: 'Feedback given',
  hint: 'What you told them about progress or the outcome, and when.',
  required: 'Enter the feedback given',
  submitLabel: 'Save the feedback',
  success: 'Feedback recorded',
  closesRecord: false,
  toCommand: (text) => ({ type: 'record-feedback', text }),
  intro: () => (
    <p>Policies ask for the person who raised the concern to be kept informed at each stage.</p>
  ),
};

const REFER: ReasonFormConfig = {
  formId: 'refer',
  title: 'Refer to the partnership',
  label: 'Why is it being referred?',
  hint: 'What each stage tried, and why the disagreement is still not resolved.',
  required: 'Enter why the disagreement is being referred to the partnership',
  submitLabel: 'Refer and close the record',
  success: 'Referred to the partnership',
  closesRecord: true,
  toCommand: (reason) => ({ type: 'refer-to-partnership', reason }),
  intro: (open) => (
    <p>
      Refer the disagreement to {open.pack.partnership.name} when the policy’s stages have not
      resolved it.
    </p>
  ),
};

const WITHDRAW: ReasonFormConfig = {
  formId: 'withdraw',
  title: 'Withdraw the escalation',
  label: 'Why is it being withdrawn?',
  hint: 'For example: the concern was addressed another way, or was raised in error.',
  required: 'Enter why the escalation is being withdrawn',
  submitLabel: 'Withdraw and close the record',
  success: 'Escalation withdrawn',
  closesRecord: true,
  toCommand: (reason) => ({ type: 'withdraw', reason }),
  intro: () => <p>Withdraw the escalation when the concern is no longer being pursued.</p>,
};

export function FeedbackPage({ open }: { open: OpenRecord }) {
  return <ReasonForm open={open} config={FEEDBACK} />;
}

export function ReferPage({ open }: { open: OpenRecord }) {
  return <ReasonForm open={open} config={REFER} />;
}

export function WithdrawPage({ open }: { open: OpenRecord }) {
  return <ReasonForm open={open} config={WITHDRAW} />;
}
