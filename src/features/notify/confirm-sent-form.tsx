// "Confirm it was sent": how, to whom and when the user sent a notification, for the ledger.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { appendNotificationEvent, type SendChannel } from '../../data/notifications-repository';
import { isIsoDate, type IsoDate, type IsoDateTime } from '../../domain/calendar/iso-date';
import { longDate } from '../../domain/escalation/escalation-text';
import { ErrorSummary, problemsFrom } from '../../ui/error-summary';
import { TextField } from '../../ui/text-field';

const CHANNELS: readonly { value: SendChannel; label: string }[] = [
  { value: 'secure-email', label: 'Secure e-mail (NHSmail)' },
  { value: 'encrypted-email', label: 'Encrypted e-mail' },
  { value: 'secure-portal', label: 'Secure portal' },
  { value: 'in-person', label: 'In person' },
  { value: 'post', label: 'Post' },
  { value: 'other', label: 'Other' },
];

const MAX_RECIPIENT = 200;

/** The form's rules: `today` and the day it was prepared bound the date it was sent. */
export function confirmSentSchema(today: IsoDate, preparedOn: IsoDate) {
  return z.object({
    channel: z.enum(CHANNELS.map((channel) => channel.value) as [SendChannel, ...SendChannel[]], {
      error: 'Choose how you sent it',
    }),
    recipient: z
      .string()
      .trim()
      .min(1, 'Enter who you sent it to')
      .max(MAX_RECIPIENT, `Who you sent it to must be ${MAX_RECIPIENT} characters or fewer`),
    sentOn: z
      .string()
      .refine(isIsoDate, 'Enter the date you sent it, for example 24 11 2026')
      .refine((date) => date <= today, 'The date you sent it must be today or in the past')
      .refine(
        (date) => date >= preparedOn,
        `The date you sent it cannot be before it was prepared (${longDate(preparedOn)})`,
      ),
  });
}

type ConfirmSentValues = z.input<ReturnType<typeof confirmSentSchema>>;

const FIELD_ORDER = ['channel', 'recipient', 'sentOn'] as const;

interface ConfirmSentFormProps {
  notificationId: string;
  preparedOn: IsoDate;
  today: IsoDate;
  defaultRecipient: string;
  onDone: () => void;
}

export function ConfirmSentForm(props: ConfirmSentFormProps) {
  const { notificationId, preparedOn, today, defaultRecipient, onDone } = props;
  const idFor = (name: string) => `sent-${notificationId}-${name}`;
  const [saveProblem, setSaveProblem] = useState('');
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<ConfirmSentValues>({
    resolver: zodResolver(confirmSentSchema(today, preparedOn)),
    defaultValues: { recipient: defaultRecipient, sentOn: today },
    // The error summary takes focus instead, and links to each field (error-summary pattern).
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setSaveProblem('');
    try {
      await appendNotificationEvent(notificationId, {
        type: 'sent',
        at: new Date().toISOString() as IsoDateTime,
        channel: values.channel,
        recipient: values.recipient.trim(),
        sentOn: values.sentOn as IsoDate,
      });
      onDone();
    } catch {
      setSaveProblem(
        'This could not be saved on this device. Check it has free space and try again.',
      );
    }
  });

  const problems = submitCount > 0 ? problemsFrom(errors, FIELD_ORDER, idFor) : [];
  const firstChannel = idFor('channel');
  return (
    <form
      autoComplete="off"
      className="notify-confirm"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <ErrorSummary problems={problems} attempt={submitCount} />
      <div className={`field${errors.channel ? ' field--error' : ''}`}>
        <fieldset aria-describedby={errors.channel ? `${firstChannel}-error` : undefined}>
          <legend>How did you send it?</legend>
          {errors.channel && (
            <p className="field__error" id={`${firstChannel}-error`}>
              <span className="visually-hidden">Error: </span>
              {errors.channel.message}
            </p>
          )}
          {CHANNELS.map((channel, index) => {
            const id = index === 0 ? firstChannel : `${firstChannel}-${channel.value}`;
            return (
              <div className="checkbox" key={channel.value}>
                <input id={id} type="radio" value={channel.value} {...register('channel')} />
                <label htmlFor={id}>{channel.label}</label>
              </div>
            );
          })}
        </fieldset>
      </div>
      <TextField
        id={idFor('recipient')}
        label="Who did you send it to?"
        hint="The mailbox, role or team, for example the partnership’s business manager."
        error={errors.recipient?.message}
        {...register('recipient')}
      />
      <TextField
        id={idFor('sentOn')}
        type="date"
        className="input--short"
        label="When did you send it?"
        error={errors.sentOn?.message}
        {...register('sentOn')}
      />
      {saveProblem && (
        <p className="field__error" role="alert">
          {saveProblem}
        </p>
      )}
      <div className="button-group">
        <button type="submit" className="button" disabled={isSubmitting}>
          Confirm it was sent
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
