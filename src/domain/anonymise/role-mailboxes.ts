// An agency's shared mailbox, named by a role or a service rather than a person: "dsl@…",
// "safeguarding@…", "mash.referrals@…". It is how the partnership reaches the agency, and names
// nobody, so it is kept (a person's own address is still hidden).

/** The words a shared mailbox's name is made of. */
const ROLE_WORDS = new Set(
  [
    'dsl ddsl dsp safeguarding safeguard designated lead senco sendco head headteacher office admin',
    'enquiries enquiry info reception duty mash referrals referral frontdoor front door team hub',
    'pastoral attendance welfare wellbeing inclusion contact hello school nursery college academy',
    'children childrens services social care early help edt emergency out hours',
    // Teams whose shared inboxes notes quote: deprivation of liberty, adult care, the LADO.
    'dols lado adult adults',
    // A firm's or department's own inbox: "safety-uk@…" (a ride app's trust and safety team),
    // "family@…" (a solicitors' family department).
    'safety trust support uk family',
  ]
    .join(' ')
    .split(' '),
);

/**
 * True when an e-mail address's local part (before the "@") is made only of role and service words,
 * with separators and digits: "dsl", "safeguarding", "mash.referrals", "Early-Help2".
 */
export function isRoleMailbox(local: string): boolean {
  const words = local
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words.length > 0 && words.every(isRoleRun);
}

/**
 * Role words written together ("earlyhelp", "mashreferrals"): each piece three letters or more, so
 * a person's name is seldom made of them by chance.
 */
const ROLE_RUN = new RegExp(
  `^(?:${[...ROLE_WORDS].filter((word) => word.length > 2).join('|')})+$`,
);

function isRoleRun(run: string): boolean {
  return ROLE_WORDS.has(run) || (run.length <= 40 && ROLE_RUN.test(run));
}
