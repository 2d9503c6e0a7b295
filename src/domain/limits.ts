// The one set of length limits for everything a person types. The same numbers are checked where
// text is entered (the form shows the message), before a record is saved, before a backup is
// written and when one is restored, so a backup the app says it saved always restores.
import { z } from 'zod';

/** Names, roles, agencies, identifiers, address lines: anything that is not a note. */
export const SHORT_TEXT_MAX = 1_000;
/** Notes and statements: what is escalated, summaries, reasons, the resolution. */
export const LONG_TEXT_MAX = 100_000;
/** Ids made by the app (records, entries, packs). */
export const ID_MAX = 200;

/** The message a form shows for text over a limit. */
export function tooLongMessage(max: number): string {
  return `This is too long: keep it to ${max.toLocaleString('en-GB')} characters or fewer`;
}

/** A short text field (see {@link SHORT_TEXT_MAX}), with the form's message. */
export function shortText() {
  return z.string().max(SHORT_TEXT_MAX, tooLongMessage(SHORT_TEXT_MAX));
}

/** A long text field (see {@link LONG_TEXT_MAX}), with the form's message. */
export function longText() {
  return z.string().max(LONG_TEXT_MAX, tooLongMessage(LONG_TEXT_MAX));
}
