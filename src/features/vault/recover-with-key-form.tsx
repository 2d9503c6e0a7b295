// "Forgotten passphrase?" → use the recovery key: type the key and a new passphrase; every record
// is kept and the old passphrase stops working. Wrong keys wait like wrong passphrases.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { readUnlockThrottle } from '../../data/vault-session';
import { recoverWithCode, type RecoveryOutcome } from '../../data/vault-recovery';
import { ErrorSummary, problemsFrom } from '../../ui/error-summary';
import { TextField } from '../../ui/text-field';
import { newPassphraseField } from './new-passphrase-schema';
import { useCountdown } from './use-countdown';
import { countOf } from '../../domain/plural';

const recoverSchema = z
  .object({
    code: z.string().min(1, 'Enter your recovery key').max(200),
    next: newPassphraseField('Enter a new passphrase'),
    confirmation: z.string().min(1, 'Enter the new passphrase again'),
  })
  .refine((values) => values.next === values.confirmation, {
    path: ['confirmation'],
    message: 'The two new passphrases do not match. Type the same passphrase in both boxes',
  });

const IDS = { code: 'recovery-code', next: 'recovery-new', confirmation: 'recovery-confirm' };
const ORDER = ['code', 'next', 'confirmation'] as const;

const FAILURES: Record<Exclude<RecoveryOutcome, { ok: true }>['reason'], string> = {
  typing: 'There is a typing mistake in the recovery key. Check each group against your copy',
  'wrong-code':
    'That is not the recovery key for Escalate on this device. Check it against your copy; if you made a newer one, use that',
  'no-recovery-key':
    'There is no recovery key on this device, so this way is not open. See the other options below',
  wait: 'Escalate is pausing after wrong attempts (perhaps in another tab), so this key was not checked. Wait for the countdown, then try again',
};

function failureMessage(outcome: Exclude<RecoveryOutcome, { ok: true }>): string {
  if (outcome.reason !== 'typing') return FAILURES[outcome.reason];
  if (outcome.problem === 'length')
    return 'A recovery key has 28 letters and numbers in seven groups of four. Check you have typed all of it';
  if (outcome.problem === 'character')
    return 'A recovery key holds only letters and numbers. Check what you typed against your copy';
  return FAILURES.typing;
}

export function RecoverWithKeyForm({ onRecovered }: { onRecovered: () => void }) {
  const [failure, setFailure] = useState<string>();
  const [waitUntil, setWaitUntil] = useState(0);
  const secondsLeft = useCountdown(waitUntil);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({
    resolver: zodResolver(recoverSchema),
    defaultValues: { code: '', next: '', confirmation: '' },
    // The error summary takes focus instead, and links to each field (error-summary pattern).
    shouldFocusError: false,
  });

  useEffect(() => {
    void readUnlockThrottle().then((throttle) => setWaitUntil(throttle.waitUntil));
  }, []);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(undefined);
    const outcome = await recoverWithCode(values.code, values.next);
    if (outcome.ok) {
      onRecovered();
      return;
    }
    setFailure(failureMessage(outcome));
    setWaitUntil(
      outcome.reason === 'wait' ? outcome.waitUntil : (await readUnlockThrottle()).waitUntil,
    );
  });

  const problems =
    submitCount > 0 ? problemsFrom(errors, ORDER, (name) => IDS[name as keyof typeof IDS]) : [];
  if (failure) problems.unshift({ fieldId: IDS.code, message: failure });
  return (
    <form autoComplete="off" onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems} attempt={submitCount} />
      <TextField
        id={IDS.code}
        label="Recovery key"
        hint="28 letters and numbers, for example 7K3M-Q9XD-…. Spaces, hyphens and capitals do not matter."
        autoCapitalize="characters"
        spellCheck={false}
        className="recovery-input"
        error={failure ?? errors.code?.message}
        {...register('code')}
      />
      <TextField
        id={IDS.next}
        label="New passphrase"
        hint="At least 10 characters. Three or four unrelated words are strong and easy to remember."
        type="password"
        autoComplete="new-password"
        error={errors.next?.message}
        {...register('next')}
      />
      <TextField
        id={IDS.confirmation}
        label="Type the new passphrase again"
        type="password"
        autoComplete="new-password"
        error={errors.confirmation?.message}
        {...register('confirmation')}
      />
      {secondsLeft > 0 && (
        <p role="status">
          After several wrong attempts, Escalate waits before the next try. You can try again in{' '}
          {countOf(secondsLeft, 'second')}.
        </p>
      )}
      <button type="submit" className="button" disabled={isSubmitting || secondsLeft > 0}>
        {isSubmitting ? 'Setting the new passphrase…' : 'Set new passphrase'}
      </button>
    </form>
  );
}
