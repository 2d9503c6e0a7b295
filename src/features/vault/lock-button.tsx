// "Lock now": always in the header while records are open. Locking removes the button that had
// focus: a page of records shows its unlock form, whose passphrase box takes focus; any other page
// (a guide, Settings) keeps no form, so focus goes to its heading rather than being lost.
import { lock, useVaultState } from '../../data/vault-session';
import { focusPage, mainArea } from '../../ui/page-focus';

/** After the lock has drawn, focus where it was lost: nothing focused but the page itself. */
function refocusIfLost() {
  setTimeout(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost) focusPage(mainArea());
  });
}

export function LockButton() {
  const state = useVaultState();
  if (state !== 'unlocked') return null;
  return (
    <button
      type="button"
      className="button button--header"
      onClick={() => void lock().then(refocusIfLost)}
    >
      Lock now
    </button>
  );
}
