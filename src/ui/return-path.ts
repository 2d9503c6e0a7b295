// Where a page sends the user once they have done what they went to it for: Settings sends someone
// without a passphrase to set one, then back to the restore form. The place travels in the address
// (`/escalations?return=%2Fsettings%23restore-heading`), so anyone can write one into a link:
// only a path inside the app is followed, never another site or a scheme such as javascript:.

const RETURN_PARAMETER = 'return';

/** A stand-in origin to read a path against: a path that keeps it stays inside the app. */
const HERE = 'https://escalate.invalid';

/** The address `to`, with `back` (a path inside the app) as the place to return to from it. */
export function withReturn(to: string, back: string): string {
  return `${to}?${new URLSearchParams({ [RETURN_PARAMETER]: back }).toString()}`;
}

/** The place to return to that `search` names, when it is a path inside the app; else null. */
export function returnPathFrom(search: URLSearchParams): string | null {
  const value = search.get(RETURN_PARAMETER);
  // From the app's root: "//host" and "/\host" are read by browsers as another site's address.
  if (!value || !/^\/(?![/\\])/.test(value)) return null;
  try {
    // The URL parser drops tabs and line breaks ("/\t/host" is "//host"): the origin catches those.
    const url = new URL(value, HERE);
    return url.origin === HERE ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}
