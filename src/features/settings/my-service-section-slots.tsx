// Per policy, the local names a service gives each "In my service this is …" slot; the guide shows
// them at the matching step.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import {
  saveLocalSlots,
  useChosenPackId,
  useLocalSlots,
  useMyService,
} from '../../data/my-service-repository';
import { useAvailablePacks } from '../../data/packs-repository';
import type { AgencyType } from '../../domain/policy/agency-type';
import { slotExample } from '../../domain/policy/local-slot-example';
import type { LocalSlot, PolicyPack } from '../../domain/policy/policy-pack';
import { ErrorSummary, problemsFrom } from '../../ui/error-summary';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useLoadingPart } from '../../ui/load-together';

const MAX_TEXT = 200;
const slotsSchema = z.record(
  z.string(),
  z.string().trim().max(MAX_TEXT, `Keep each name to ${MAX_TEXT} characters or fewer`),
);
const slotFieldId = (slotId: string) => `slot-${slotId}`;

function slotLabel(slot: LocalSlot): string {
  return /in my service this is$/i.test(slot.label)
    ? 'In my service this is …'
    : `${slot.label}: in my service this is …`;
}

function slotHint(pack: PolicyPack, slot: LocalSlot, agencyType: AgencyType | null): string {
  const stage = pack.stages.find((candidate) => candidate.id === slot.stageId);
  const where = stage ? `${stage.label ?? 'Step'}: ${stage.title}. ` : '';
  return `${where}${slot.prompt}${slotExample(slot, agencyType)}`;
}

interface SlotsFormProps {
  pack: PolicyPack;
  initial: Record<string, string>;
  agencyType: AgencyType | null;
}

function SlotsForm({ pack, initial, agencyType }: SlotsFormProps) {
  const [status, setStatus] = useState('');
  const defaults = Object.fromEntries(
    pack.localSlots.map((slot) => [slot.id, initial[slot.id] ?? '']),
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({
    resolver: zodResolver(slotsSchema),
    defaultValues: defaults,
    // The error summary takes focus instead, and links to each field (error-summary pattern).
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setStatus('');
    const filled = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
    try {
      await saveLocalSlots(pack.id, filled);
      setStatus(`Saved. The ${pack.partnership.shortName} guide shows these names.`);
    } catch {
      setStatus('Not saved: this device could not store them. Try again.');
    }
  });
  const order = pack.localSlots.map((slot) => slot.id);
  const problems = submitCount > 0 ? problemsFrom(errors, order, slotFieldId) : [];
  return (
    <form autoComplete="off" onSubmit={onSubmit} noValidate className="vault-form">
      <ErrorSummary problems={problems} attempt={submitCount} />
      {pack.localSlots.map((slot) => (
        <TextField
          key={slot.id}
          id={slotFieldId(slot.id)}
          label={slotLabel(slot)}
          hint={slotHint(pack, slot, agencyType)}
          error={errors[slot.id]?.message}
          {...register(slot.id)}
        />
      ))}
      <div className="button-group">
        <button type="submit" className="button" disabled={isSubmitting}>
          Save names for {pack.partnership.shortName}
        </button>
        <p role="status">{status}</p>
      </div>
    </form>
  );
}

function PackSlots({ pack }: { pack: PolicyPack }) {
  const values = useLocalSlots(pack.id);
  const myService = useMyService();
  useLoadingPart(values === undefined || myService === undefined);
  if (values === undefined || myService === undefined) return <p role="status">Loading…</p>;
  if (pack.localSlots.length === 0)
    return <p>This policy has no “in my service” names to fill in.</p>;
  return <SlotsForm key={pack.id} pack={pack} initial={values} agencyType={myService.agencyType} />;
}

export function LocalSlotsForm() {
  const packs = useAvailablePacks();
  const chosenId = useChosenPackId();
  const [picked, setPicked] = useState<string | null>(null);
  useLoadingPart(packs === undefined || chosenId === undefined);
  if (packs === undefined || chosenId === undefined) return null;
  const packId = picked ?? chosenId ?? packs[0]?.pack.id ?? '';
  const pack = packs.find((available) => available.pack.id === packId)?.pack;
  return (
    <>
      <h3>Names in my service</h3>
      <p>
        Each policy has steps where your service has its own contact: “In my service this is …”.
        Fill them in once and the guide shows them at that step.
      </p>
      <SelectField
        id="my-service-pack"
        label="Policy"
        options={packs.map(({ pack: option }) => [option.id, option.partnership.name] as const)}
        value={packId}
        onChange={(event) => setPicked(event.target.value)}
      />
      {pack && <PackSlots key={pack.id} pack={pack} />}
    </>
  );
}
