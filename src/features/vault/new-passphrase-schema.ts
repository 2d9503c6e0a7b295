// A new passphrase field for forms: present, and strong enough by zxcvbn-ts, with the reasons.
import { z } from 'zod';
import { checkNewPassphrase } from '../../data/vault/passphrase-check';

/** A required new passphrase, refused with the estimator's reasons when it is weak. */
export function newPassphraseField(emptyMessage: string) {
  return z
    .string()
    .min(1, emptyMessage)
    .superRefine(async (value, context) => {
      if (!value) return;
      const check = await checkNewPassphrase(value);
      if (!check.ok) {
        const message = `Choose a stronger new passphrase. ${check.feedback.join(' ')}`;
        context.addIssue({ code: 'custom', message });
      }
    });
}
