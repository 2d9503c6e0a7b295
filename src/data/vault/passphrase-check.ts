// Whether a new vault or backup passphrase is strong enough, by zxcvbn-ts (a maintained estimator
// with English and common-password dictionaries and keyboard patterns). Its ~1 MB of dictionaries
// is loaded on demand, the first time a passphrase is checked, never with the first page.
import type { ZxcvbnResult } from '@zxcvbn-ts/core';

/** Fewest characters accepted for a new passphrase. */
export const MIN_NEW_PASSPHRASE_LENGTH = 10;
/**
 * Lowest zxcvbn score accepted (0–4). 3 means "safely unguessable": around 10¹⁰ guesses, which the
 * 600,000 PBKDF2 iterations make years of work for someone holding a copy of the data.
 */
export const MIN_NEW_PASSPHRASE_SCORE = 3;

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

/** The verdict on a new passphrase, with the reasons in plain English. */
export interface PassphraseCheck {
  ok: boolean;
  score: 0 | 1 | 2 | 3 | 4;
  label: (typeof LABELS)[number];
  /** Why it is weak and what to do; empty when it is accepted. */
  feedback: string[];
}

let estimator: Promise<(passphrase: string) => ZxcvbnResult> | undefined;

/** Loads the estimator and its dictionaries (once). */
export function loadPassphraseEstimator(): Promise<(passphrase: string) => ZxcvbnResult> {
  estimator ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, en]) => {
    const factory = new core.ZxcvbnFactory({
      translations: en.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    });
    return (passphrase: string) => factory.check(passphrase);
  });
  return estimator;
}

/**
 * Checks a new passphrase: at least {@link MIN_NEW_PASSPHRASE_LENGTH} characters and a zxcvbn score
 * of at least {@link MIN_NEW_PASSPHRASE_SCORE}. `context` words (e.g. "escalate") count as guessable.
 */
export async function checkNewPassphrase(
  passphrase: string,
  context: string[] = ['escalate', 'escalation', 'safeguarding'],
): Promise<PassphraseCheck> {
  const estimate = await loadPassphraseEstimator();
  const result = estimate(passphrase.slice(0, 256));
  const factory = result.feedback;
  const feedback: string[] = [];
  if (passphrase.length < MIN_NEW_PASSPHRASE_LENGTH) {
    feedback.push(`It is shorter than ${MIN_NEW_PASSPHRASE_LENGTH} characters.`);
  }
  // The estimator does not know our context words; refuse a passphrase made mostly of them.
  const lower = passphrase.toLowerCase();
  const contextHit = context.find((word) => lower.includes(word));
  let score = result.score;
  if (contextHit && lower.replace(contextHit, '').replace(/[^a-z]/g, '').length < 8) {
    score = Math.min(score, 1) as PassphraseCheck['score'];
    feedback.push(`It is mostly the word “${contextHit}”, which anyone would try first.`);
  }
  // Patterns the estimator underrates: digits only, or a few characters repeated in runs.
  if (/^[\d\s]+$/.test(passphrase)) {
    score = Math.min(score, 1) as PassphraseCheck['score'];
    feedback.push('It is only numbers, which are guessed first. Use words instead.');
  } else if (new Set(passphrase.toLowerCase()).size < 6) {
    score = Math.min(score, 1) as PassphraseCheck['score'];
    feedback.push('It uses only a few different characters. Use a few unrelated words.');
  }
  const ok = passphrase.length >= MIN_NEW_PASSPHRASE_LENGTH && score >= MIN_NEW_PASSPHRASE_SCORE;
  if (!ok) {
    if (factory.warning) feedback.push(factory.warning);
    feedback.push(...factory.suggestions);
    if (feedback.length === 0) {
      feedback.push(
        'It would be guessed quickly. Add another word or two that do not go together.',
      );
    }
  }
  return { ok, score, label: LABELS[score], feedback: ok ? [] : feedback };
}
