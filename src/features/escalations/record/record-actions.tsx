// What can be done to the record now. A closed record offers nothing, and says why.
import { Link } from 'react-router';
import { escalationTarget } from '../../../domain/escalation/escalation-commands';
import { describeClosure } from '../../../domain/escalation/escalation-text';
import { openVisit } from '../../../domain/escalation/stage-visits';
import { CalendarDownload } from '../calendar-download';
import { stageShortName } from './record-text';
import type { OpenRecord } from './use-open-record';

function EscalateAction({ open }: { open: OpenRecord }) {
  const visit = openVisit(open.record.escalation);
  const target = visit && escalationTarget(visit, undefined, open.pack);
  if (target?.ok) {
    return (
      <li>
        <Link to="escalate" className="button button--secondary">
          Escalate to {stageShortName(open.pack, target.value.id)}
        </Link>
      </li>
    );
  }
  return (
    <li className="record-actions__note">
      This is the policy’s last stage. If the disagreement is still unresolved, refer it to the
      partnership.
    </li>
  );
}

export function RecordActions({ open }: { open: OpenRecord }) {
  const closure = describeClosure(open.record.escalation);
  if (closure !== null) {
    return (
      <>
        <p className="record-closed">
          This escalation was {closure}, so it can no longer be changed. If the concern continues,
          start a new escalation.
        </p>
        <p className="record-closed">
          <Link to="case-file">Export the record for your case file</Link>
        </p>
      </>
    );
  }
  return (
    <section className="record-actions" aria-labelledby="record-actions-title">
      <h2 id="record-actions-title">What you can do</h2>
      <ul className="record-actions__list">
        <li>
          <Link to="discuss" className="button">
            Log a discussion
          </Link>
        </li>
        <EscalateAction open={open} />
        <li>
          <Link to="feedback" className="button button--secondary">
            Record feedback to the person who raised the concern
          </Link>
        </li>
        <li>
          <Link to="resolve" className="button button--secondary">
            Resolve
          </Link>
        </li>
        <li>
          <Link to="refer" className="button button--secondary">
            Refer to the partnership
          </Link>
        </li>
        <li>
          <Link to="withdraw" className="button button--secondary">
            Withdraw
          </Link>
        </li>
        <li>
          <Link to="edit" className="button button--secondary">
            Edit details
          </Link>
        </li>
        <li>
          <Link to="case-file" className="button button--secondary">
            Export for your case file
          </Link>
        </li>
        <li>
          <Link to="client" className="button button--secondary">
            Amend the client’s details
          </Link>
        </li>
      </ul>
      {openVisit(open.record.escalation)?.dueAt ? (
        <CalendarDownload escalationId={open.record.escalation.id} />
      ) : (
        <p className="field__hint">
          Nothing to add to your calendar: the policy states no timescale for this stage, so it has
          no due date.
        </p>
      )}
    </section>
  );
}
