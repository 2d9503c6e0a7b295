// First run: the user sets the passphrase that protects every record on this device.
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { setUpVault } from '../../data/vault-session';
import { newRecoveryCode, parseRecoveryCode } from '../../data/vault-recovery';
import { checkNewPassphrase, type PassphraseCheck } from '../../data/vault/passphrase-check';
import { ErrorSummary, problemsFrom } from '../../ui/error-summary';
import { TextField } from '../../ui/text-field';
import type { NewRecoveryKey } from './recovery-key-sheet';

const setUpSchema = z
  .object({
    passphrase: z
      .string()
      .min(1, 'Enter a passphrase')
      .superRefine(async (value, context) => {
        if (!value) return;
        const check = await checkNewPassphrase(value);
        if (!check.ok) {
          const message = `Choose a stronger passphrase. ${check.feedback.join(' ')}`;
          context.addIssue({ code: 'custom', message });
        }
      }),
    confirmation: z.string().min(1, 'Enter the passphrase again'),
    understood: z
      .boolean()
      .refine(
        (value) => value,
        'Confirm that you understand only a recovery key or a backup can bring your records back if you forget the passphrase',
      ),
    recoveryKey: z.boolean(),
  })
  .refine((values) => values.passphrase === values.confirmation, {
    path: ['confirmation'],
    message: 'The two passphrases do not match. Type the same passphrase in both boxes',
  });

const FIELD_ORDER = ['passphrase', 'confirmation', 'understood'] as const;

/** The estimate for `passphrase`, once the estimator has loaded (it loads on first use). */
function usePassphraseCheck(passphrase: string): PassphraseCheck | undefined {
  const [result, setResult] = useState<{ passphrase: string; check: PassphraseCheck }>();
  useEffect(() => {
    if (!passphrase) return;
    let current = true;
    void checkNewPassphrase(passphrase).then((check) => {
      if (current) setResult({ passphrase, check });
    });
    return () => {
      current = false;
    };
  }, [passphrase]);
  return result?.passphrase === passphrase ? result.check : undefined;
}

function StrengthMeter({ passphrase }: { passphrase: string }) {
  const check = usePassphraseCheck(passphrase);
  if (!passphrase || !check) return null;
  const strength = { score: check.score, label: check.label, advice: check.feedback };
  return (
    <div className="strength" aria-live="polite">
      <div className="strength__bar" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} data-on={strength.score >= step} />
        ))}
      </div>
      <p>
        Strength: <strong>{strength.label}</strong>
        {strength.advice.length > 0 && <> – {strength.advice.join(' ')}</>}
      </p>
    </div>
  );
}

/**
 * `onRecoveryKey` receives the new recovery key (when one was asked for) before the vault opens,
 * so it can be shown first; it receives undefined if setting up then fails.
 */
export function SetUpVaultForm({
  onRecoveryKey,
}: {
  onRecoveryKey?: (recoveryKey: NewRecoveryKey | undefined) => void;
}) {
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({
    resolver: zodResolver(setUpSchema),
    defaultValues: { passphrase: '', confirmation: '', understood: false, recoveryKey: false },
    // The error summary takes focus instead, and links to each field (error-summary pattern).
    shouldFocusError: false,
  });
  const passphrase = useWatch({ control, name: 'passphrase' });

  const onSubmit = handleSubmit(async (values) => {
    const code = values.recoveryKey ? newRecoveryCode() : undefined;
    const parsed = code ? parseRecoveryCode(code) : undefined;
    const recoveryCode = parsed?.ok ? parsed.characters : undefined;
    if (code) onRecoveryKey?.({ code, createdAt: new Date().toISOString() });
    try {
      await setUpVault(values.passphrase, { recoveryCode });
    } catch {
      onRecoveryKey?.(undefined);
      setFailure(
        'The passphrase could not be saved on this device. Check that the device has free space, then try again.',
      );
    }
  });

  const problems = submitCount > 0 ? problemsFrom(errors, FIELD_ORDER) : [];
  return (
    <form autoComplete="off" onSubmit={onSubmit} noValidate className="vault-form">
      <h1>Set a passphrase for your records</h1>
      <ErrorSummary
        problems={failure ? [{ fieldId: 'passphrase', message: failure }, ...problems] : problems}
        attempt={submitCount}
      />
      <p>
        Escalate encrypts every record on this device with a key that only your passphrase can open.
        Anyone who picks up this device without it sees nothing. Guides and blank forms stay open
        without it.
      </p>
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <p>
          <span className="visually-hidden">Warning: </span>If you forget this passphrase, nobody
          can open your records for you — not your IT team and not us: there is no server and no
          account. The only ways back are a recovery key or a backup. Without either, every record
          on this device is lost.
        </p>
      </div>
      <TextField
        id="passphrase"
        label="Passphrase"
        hint="At least 10 characters. Three or four unrelated words are strong and easy to remember."
        type="password"
        autoComplete="new-password"
        error={errors.passphrase?.message}
        {...register('passphrase')}
      />
      <StrengthMeter passphrase={passphrase} />
      <TextField
        id="confirmation"
        label="Type the passphrase again"
        type="password"
        autoComplete="new-password"
        error={errors.confirmation?.message}
        {...register('confirmation')}
      />
      <div className={`field${errors.understood ? ' field--error' : ''}`}>
        {errors.understood && (
          <p className="field__error" id="understood-error">
            <span className="visually-hidden">Error: </span>
            {errors.understood.message}
          </p>
        )}
        <div className="checkbox">
          <input
            id="understood"
            type="checkbox"
            aria-describedby={errors.understood ? 'understood-error' : undefined}
            {...register('understood')}
          />
          <label htmlFor="understood">
            I understand that if I forget it, only a recovery key or a backup can bring my records
            back
          </label>
        </div>
      </div>
      <div className="field">
        <div className="checkbox">
          <input
            id="recovery-key"
            type="checkbox"
            aria-describedby="recovery-key-hint"
            {...register('recoveryKey')}
          />
          <label htmlFor="recovery-key">Make a recovery key as well (recommended)</label>
        </div>
        <div className="field__hint" id="recovery-key-hint">
          A code of 28 letters and numbers to print or write down and keep away from this device. If
          you forget your passphrase, it lets you set a new one and keep every record. You can also
          make one later in Settings.
        </div>
      </div>
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Setting up encryption…' : 'Set passphrase'}
      </button>
    </form>
  );
}
