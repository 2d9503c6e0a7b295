// Settings → Example escalations: synthetic, clearly labelled records for demos and training.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { IsoDateTime } from '../../domain/calendar/iso-date';
import { makeCaseReference } from '../../domain/escalation/case-reference';
import { creationAudit } from '../../domain/escalation/escalation-machine';
import { makeExampleEscalations } from '../../domain/escalation/example-escalations';
import { builtInPacks } from '../../domain/policy/built-in-packs';
import { readCalendarSettings } from '../../data/calendar-settings-repository';
import {
  addExampleEscalations,
  countExampleEscalations,
  removeExampleEscalations,
} from '../../data/examples-repository';
import { useVaultState } from '../../data/vault-session';
import { useLoadingPart } from '../../ui/load-together';

async function loadExamples(): Promise<number> {
  const now = new Date().toISOString() as IsoDateTime;
  const calendar = await readCalendarSettings();
  const set = makeExampleEscalations(builtInPacks, {
    now,
    calendar,
    ids: () => crypto.randomUUID(),
    caseRefs: () => makeCaseReference(crypto.getRandomValues(new Uint8Array(10))),
  });
  const audit = set.escalations.flatMap((escalation) => {
    const pack = builtInPacks.find((p) => p.id === escalation.packId);
    if (!pack) return [];
    return [
      { id: crypto.randomUUID(), escalationId: escalation.id, ...creationAudit(escalation, pack) },
    ];
  });
  await addExampleEscalations({ ...set, audit });
  return set.escalations.length;
}

export function ExampleEscalationsSection() {
  const vault = useVaultState();
  const [count, setCount] = useState<number>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  useLoadingPart(vault === 'loading' || (vault === 'unlocked' && count === undefined));

  useEffect(() => {
    if (vault === 'unlocked') void countExampleEscalations().then(setCount);
  }, [vault, message]);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    try {
      setMessage(await action());
    } catch {
      setMessage('That did not work, and nothing was changed. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="examples-heading">
      <h2 id="examples-heading">Example escalations</h2>
      <p>
        Invented records, marked “Example” and starting “EXAMPLE –”, for demonstrations and
        training. They never mix with real records: removing them removes only them.
      </p>
      {vault !== 'unlocked' ? (
        <p>
          <Link to="/escalations">
            {vault === 'no-vault' ? 'Set a passphrase' : 'Unlock Escalate'}
          </Link>{' '}
          to add or remove example escalations.
        </p>
      ) : (
        <>
          {message && (
            <p className="banner banner--success" role="status">
              {message}
            </p>
          )}
          <div className="button-group">
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() =>
                void run(async () => `Added ${await loadExamples()} example escalations.`)
              }
            >
              Load example escalations
            </button>
            {count !== undefined && count > 0 && (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() =>
                  void run(
                    async () => `Removed ${await removeExampleEscalations()} example escalations.`,
                  )
                }
              >
                Remove example escalations ({count})
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
