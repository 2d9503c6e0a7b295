// Starting a record: the domain decides, the data layer stores. The clock is read once here.
import type { IsoDateTime } from '../../domain/calendar/iso-date';
import { makeCaseReference } from '../../domain/escalation/case-reference';
import type { EscalationError } from '../../domain/escalation/escalation-error';
import { creationAudit, startEscalation } from '../../domain/escalation/escalation-machine';
import type { PolicyPack } from '../../domain/policy/policy-pack';
import type { Result } from '../../domain/result';
import { readCalendarSettings } from '../../data/calendar-settings-repository';
import { createEscalationRecord } from '../../data/escalations-repository';
import { keepPackSnapshot } from '../../data/packs-repository';
import {
  toClientIdentity,
  toStartInput,
  type StartEscalationOutput,
} from './start-escalation-schema';

/** The form field a domain error's `field` belongs to. */
export function formFieldFor(domainField: string | undefined): string {
  if (!domainField) return 'whatIsEscalated';
  const mapped: Record<string, string> = {
    'statement.whatIsEscalated': 'whatIsEscalated',
    'statement.outcomeSought': 'outcomeSought',
    'statement.outcomeSoughtBy': 'outcomeSoughtBy',
    'raisedBy.role': 'role',
    'raisedBy.agency': 'agency',
    'raisedBy.agencyType': 'agencyType',
  };
  if (mapped[domainField]) return mapped[domainField];
  if (domainField.startsWith('professionals'))
    return domainField.replace(/\.(\d+)\./, '-$1-').replace(/\./g, '-');
  return domainField.split('.')[0] ?? 'whatIsEscalated';
}

/** Validates with the escalation rules and stores the new record. Returns its id, or the refusal. */
export async function saveNewEscalation(
  values: StartEscalationOutput,
  pack: PolicyPack,
): Promise<Result<string, EscalationError>> {
  const now = new Date().toISOString() as IsoDateTime;
  const calendar = await readCalendarSettings();
  const id = crypto.randomUUID();
  const caseRef = makeCaseReference(crypto.getRandomValues(new Uint8Array(10)));
  const started = startEscalation(
    toStartInput(values, () => crypto.randomUUID()),
    pack,
    { now, id, caseRef, calendar },
  );
  if (!started.ok) return started;
  const audit = {
    id: crypto.randomUUID(),
    escalationId: id,
    ...creationAudit(started.value, pack),
  };
  await keepPackSnapshot(pack, now);
  await createEscalationRecord({
    escalation: started.value,
    client: toClientIdentity(values),
    audit,
  });
  return { ok: true, value: id };
}
