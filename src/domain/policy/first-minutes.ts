// What to do in the next few minutes when someone is in danger, before any policy's own route:
// Escalate's general advice for anywhere in the UK, never presented as part of a partnership's policy.
import type { Audience } from './policy-pack';

/** One line of the general advice; `phone` is a number to offer as a call link. */
export interface FirstMinutesStep {
  readonly text: string;
  readonly phone: string | null;
}

/** Whose front door to contact: children's social care, adult social care, or either. */
function frontDoor(audience: Audience): string {
  if (audience === 'adults') return 'adult social care';
  if (audience === 'both') return 'children’s social care (or adult social care for an adult)';
  return 'children’s social care';
}

function person(audience: Audience): string {
  if (audience === 'adults') return 'an adult';
  if (audience === 'both') return 'a child or adult';
  return 'a child';
}

/**
 * The first minutes, in order: 999 when someone is in immediate danger, the local authority's front
 * door for a safeguarding referral, the police; then tell your own safeguarding lead. Escalate's
 * general advice: it is shown before the policy's own steps and labelled as not from the policy.
 */
export function firstMinutesAdvice(audience: Audience): FirstMinutesStep[] {
  return [
    {
      text: `If ${person(audience)} is in immediate danger, call the police on 999.`,
      phone: '999',
    },
    {
      text: `Make a safeguarding referral to the local authority’s ${frontDoor(audience)} front door straight away (out of hours, its emergency duty team), following your local safeguarding procedures. Do not wait for the disagreement to be resolved.`,
      phone: null,
    },
    {
      text: 'Tell the police about a crime or a risk of harm: 999 in an emergency, otherwise 101.',
      phone: '101',
    },
    {
      text: 'Tell your safeguarding lead or line manager as soon as you can.',
      phone: null,
    },
  ];
}

/** The line that says whose advice this is. */
export function firstMinutesNote(partnershipShortName: string): string {
  return `Escalate’s general advice for anywhere in the UK: it is not part of the ${partnershipShortName} policy.`;
}
