// Settings → Passphrase and lock: change the passphrase, choose when Escalate locks itself.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { changePassphrase, useVaultState } from '../../data/vault-session';
import { useSetting, writeSetting } from '../../data/settings-repository';
import { checkNewPassphrase } from '../../data/vault/passphrase-check';
import { ErrorSummary, problemsFrom } from '../../ui/error-summary';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useChosenValue } from '../../ui/use-chosen-value';
import { useLoadingPart } from '../../ui/load-together';
import { AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES } from './use-auto-lock';
import { RecoveryKeySettings } from './recovery-key-settings';
import { countOf } from '../../domain/plural';

const changeSchema = z
  .object({
    current: z.string().min(1, 'Enter your current passphrase'),
    next: z
      .string()
      .min(1, 'Enter a new passphrase')
      .superRefine(async (value, context) => {
        if (!value) return;
        const check = await checkNewPassphrase(value);
        if (!check.ok) {
          const message = `Choose a stronger new passphrase. ${check.feedback.join(' ')}`;
          context.addIssue({ code: 'custom', message });
        }
      }),
    confirmation: z.string().min(1, 'Enter the new passphrase again'),
  })
  .refine((values) => values.next === values.confirmation, {
    path: ['confirmation'],
    message: 'The two new passphrases do not match',
  });

const ORDER = ['current', 'next', 'confirmation'] as const;
const IDS: Record<string, string> = {
  current: 'current-passphrase',
  next: 'new-passphrase',
  confirmation: 'confirm-passphrase',
};
const AUTO_LOCK_OPTIONS: readonly SelectOption[] = [1, 2, 5, 10, 15, 30].map((choice) => [
  String(choice),
  countOf(choice, 'minute'),
]);

function ChangePassphraseForm() {
  const [outcome, setOutcome] = useState<'changed' | 'wrong' | undefined>();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({
    resolver: zodResolver(changeSchema),
    defaultValues: { current: '', next: '', confirmation: '' },
    // The error summary takes focus instead, and links to each field (error-summary pattern).
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    const ok = await changePassphrase(values.current, values.next);
    setOutcome(ok ? 'changed' : 'wrong');
    if (ok) reset();
  });

  const problems = submitCount > 0 ? problemsFrom(errors, ORDER, (name) => IDS[name] ?? name) : [];
  if (outcome === 'wrong')
    problems.unshift({
      fieldId: IDS.current ?? '',
      message: 'Your current passphrase is not right',
    });
  return (
    <form autoComplete="off" onSubmit={onSubmit} noValidate>
      <h3>Change passphrase</h3>
      <ErrorSummary problems={problems} attempt={submitCount} />
      {outcome === 'changed' && (
        <p role="status" className="banner banner--success">
          Passphrase changed. Use the new one from now on. Backups made before keep the passphrase
          they were made with. Your recovery key, if you made one, still works.
        </p>
      )}
      <TextField
        id={IDS.current ?? ''}
        label="Current passphrase"
        type="password"
        autoComplete="current-password"
        error={errors.current?.message}
        {...register('current')}
      />
      <TextField
        id={IDS.next ?? ''}
        label="New passphrase"
        type="password"
        autoComplete="new-password"
        error={errors.next?.message}
        {...register('next')}
      />
      <TextField
        id={IDS.confirmation ?? ''}
        label="Type the new passphrase again"
        type="password"
        autoComplete="new-password"
        error={errors.confirmation?.message}
        {...register('confirmation')}
      />
      <button type="submit" className="button button--secondary" disabled={isSubmitting}>
        {isSubmitting ? 'Changing…' : 'Change passphrase'}
      </button>
    </form>
  );
}

function AutoLockChoice() {
  const [minutes, choose] = useChosenValue(
    useSetting<number>(AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES),
    (value: number) => writeSetting(AUTO_LOCK_SETTING, value),
  );
  useLoadingPart(minutes === undefined);
  if (minutes === undefined) return null;
  return (
    <SelectField
      id="auto-lock"
      label="Lock after this long without use"
      hint="Escalate also locks when it has been in the background for a minute."
      className="input--short"
      options={AUTO_LOCK_OPTIONS}
      value={String(minutes)}
      onChange={(event) => void choose(Number(event.target.value))}
    />
  );
}

export function VaultSettingsSection() {
  const state = useVaultState();
  useLoadingPart(state === 'loading');
  return (
    <section aria-labelledby="vault-settings-heading">
      <h2 id="vault-settings-heading">Passphrase and lock</h2>
      <AutoLockChoice />
      {state === 'unlocked' ? (
        <>
          <ChangePassphraseForm />
          <RecoveryKeySettings />
        </>
      ) : (
        <p>
          {state === 'no-vault'
            ? 'You will set a passphrase when you start your first escalation.'
            : 'Unlock Escalate to change your passphrase.'}
        </p>
      )}
    </section>
  );
}
